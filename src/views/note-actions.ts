import { Notice, type App } from "obsidian";
import type { Translator } from "../i18n/translator";

/** Opens a note; a modifier-click (or Mod-Enter) opens it in a new tab. */
export async function openNote(app: App, path: string, newTab: boolean): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) return;
	await app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
}

export async function copyText(text: string, t: Translator): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		new Notice(t("library.notice.urlCopied"));
	} catch (error) {
		new Notice(t("library.notice.copyFailed", { reason: error instanceof Error ? error.message : String(error) }));
	}
}
