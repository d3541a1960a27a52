import { Notice, TFile, type App } from "obsidian";
import type { Translator } from "../i18n/translator";

/** Opens a note; a modifier-click (or Mod-Enter) opens it in a new tab. */
export async function openNote(app: App, path: string, newTab: boolean): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) return;
	await app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
}

interface FileExplorerInstance {
	revealInFolder?(file: TFile): void;
}
interface AppWithInternals {
	internalPlugins?: { getPluginById?(id: string): { enabled?: boolean; instance?: FileExplorerInstance } | null };
	commands?: { commands?: Record<string, unknown>; executeCommandById?(id: string): boolean };
}

/** The file explorer's reveal is not in the public API: use it when present, say so when not. */
export function canRevealInExplorer(app: App): boolean {
	const explorer = (app as unknown as AppWithInternals).internalPlugins?.getPluginById?.("file-explorer");
	return typeof explorer?.instance?.revealInFolder === "function" && explorer.enabled !== false;
}

export function revealInExplorer(app: App, path: string): void {
	const file = app.vault.getFileByPath(path);
	const explorer = (app as unknown as AppWithInternals).internalPlugins?.getPluginById?.("file-explorer");
	if (file && explorer?.instance?.revealInFolder) explorer.instance.revealInFolder(file);
}

/**
 * Publishing belongs to the publish commands: the view opens the note and runs "Publish current
 * note" by its id, when that command exists.
 */
export function publishCommandId(pluginId: string): string {
	return `${pluginId}:publish-current-note`;
}

export function canPublish(app: App, pluginId: string): boolean {
	const commands = (app as unknown as AppWithInternals).commands;
	return Boolean(commands?.commands?.[publishCommandId(pluginId)]) && typeof commands?.executeCommandById === "function";
}

export async function publishNote(app: App, pluginId: string, path: string, t: Translator): Promise<void> {
	if (!canPublish(app, pluginId)) {
		new Notice(t("library.notice.publishUnavailable"));
		return;
	}
	await openNote(app, path, false);
	(app as unknown as AppWithInternals).commands!.executeCommandById!(publishCommandId(pluginId));
}

export async function copyText(text: string, t: Translator): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		new Notice(t("library.notice.urlCopied"));
	} catch (error) {
		new Notice(t("library.notice.copyFailed", { reason: error instanceof Error ? error.message : String(error) }));
	}
}
