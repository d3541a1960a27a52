import { Notice, TFile, type App } from "obsidian";
import type { Translator } from "../i18n/translator";
import { publishFlag } from "../library/note-facts";

/** The note's `publish` flag as Obsidian's metadata cache read it; null when it does not say. */
export function publishFlagOf(app: App, file: TFile): boolean | null {
	return publishFlag(app.metadataCache.getFileCache(file)?.frontmatter?.publish);
}

export function titleOf(file: TFile): string {
	return file.basename;
}

/**
 * Sets `publish: true` or `false` through Obsidian's own front-matter writer (the rest of the
 * front matter and the body are kept). False rather than removing the key: an explicit false keeps
 * a note private even inside a published folder. Returns false, with a notice, when the front
 * matter cannot be read; the note is then left untouched.
 */
export async function setPublishFlag(app: App, file: TFile, value: boolean, t: Translator, quiet = false): Promise<boolean> {
	try {
		await app.fileManager.processFrontMatter(file, (frontMatter: Record<string, unknown>) => {
			frontMatter.publish = value;
		});
	} catch (error) {
		new Notice(t("button.markFailed", { title: titleOf(file), message: error instanceof Error ? error.message : String(error) }));
		return false;
	}
	if (!quiet) new Notice(t(value ? "button.marked" : "button.unmarked", { title: titleOf(file) }));
	return true;
}

/** A Markdown note of the vault by path, or null. */
export function markdownFile(app: App, path: string): TFile | null {
	const file = app.vault.getFileByPath(path);
	return file instanceof TFile && file.extension === "md" ? file : null;
}
