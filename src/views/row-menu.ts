import { Menu, type App } from "obsidian";
import type { Translator } from "../i18n/translator";
import { canPublish, canRevealInExplorer, copyText, openNote, publishNote, revealInExplorer } from "./note-actions";

export interface RowMenuContext {
	app: App;
	pluginId: string;
	t: Translator;
	publishedUrl: string | null;
}

/**
 * Right-click on a note row: open, open in a new tab, reveal in the file explorer, publish and
 * copy the published URL. Entries whose feature is missing (no explorer, no publish command yet,
 * never published) are left out rather than shown and failing.
 */
export function buildRowMenu(path: string, context: RowMenuContext): Menu {
	const { app, t } = context;
	const menu = new Menu();
	menu.addItem((item) => item.setTitle(t("library.menu.open")).setIcon("file").onClick(() => void openNote(app, path, false)));
	menu.addItem((item) =>
		item.setTitle(t("library.menu.openInNewTab")).setIcon("file-plus").onClick(() => void openNote(app, path, true)),
	);
	if (canRevealInExplorer(app)) {
		menu.addItem((item) => item.setTitle(t("library.menu.reveal")).setIcon("folder-open").onClick(() => revealInExplorer(app, path)));
	}
	if (canPublish(app, context.pluginId)) {
		menu.addSeparator();
		menu.addItem((item) =>
			item.setTitle(t("library.menu.publish")).setIcon("upload").onClick(() => void publishNote(app, context.pluginId, path, t)),
		);
	}
	const url = context.publishedUrl;
	if (url) {
		menu.addItem((item) => item.setTitle(t("library.menu.copyUrl")).setIcon("link").onClick(() => void copyText(url, t)));
	}
	return menu;
}
