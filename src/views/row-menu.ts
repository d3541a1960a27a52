import { Menu, type App } from "obsidian";
import type { Translator } from "../i18n/translator";
import { copyText, openNote } from "./note-actions";

/** What the view may ask of publishing; the plugin's own functions, passed in. */
export interface ViewPublishing {
	/** The header's publish button: the open note and every change. */
	publishNow(): void;
	publishNote(path: string): void;
	setMarked(path: string, marked: boolean): void;
	/** The note's `publish` flag; null when it does not say. */
	isMarked(path: string): boolean | null;
}

export interface RowMenuContext {
	app: App;
	t: Translator;
	publishedUrl: string | null;
	publishing?: ViewPublishing;
}

/**
 * Right-click on a note row: open, open in a new tab, publish, mark or unmark for publishing, and
 * copy the published URL. Only documented API: there is none to reveal a file in the file
 * explorer, so the menu does not offer it.
 */
export function buildRowMenu(path: string, context: RowMenuContext): Menu {
	const { app, t, publishing } = context;
	const menu = new Menu();
	menu.addItem((item) => item.setTitle(t("library.menu.open")).setIcon("file").onClick(() => void openNote(app, path, false)));
	menu.addItem((item) =>
		item.setTitle(t("library.menu.openInNewTab")).setIcon("file-plus").onClick(() => void openNote(app, path, true)),
	);
	if (publishing) {
		menu.addSeparator();
		menu.addItem((item) => item.setTitle(t("library.menu.publish")).setIcon("send").onClick(() => publishing.publishNote(path)));
		const marked = publishing.isMarked(path) === true;
		menu.addItem((item) =>
			item
				.setTitle(t(marked ? "button.menu.unmark" : "button.menu.mark"))
				.setIcon(marked ? "eye-off" : "check")
				.onClick(() => publishing.setMarked(path, !marked)),
		);
	}
	const url = context.publishedUrl;
	if (url) {
		menu.addItem((item) => item.setTitle(t("library.menu.copyUrl")).setIcon("link").onClick(() => void copyText(url, t)));
	}
	return menu;
}
