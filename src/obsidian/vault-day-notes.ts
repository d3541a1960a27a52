import type { App } from "obsidian";
import type { DailySettings } from "../daily/daily-settings";
import { dayNoteDate, sortDayNotes, type DayNote } from "../daily/day-notes";

/**
 * The day notes of the vault from Obsidian's metadata cache, without reading a file: fast enough
 * for a command's checkCallback, which runs on every keystroke in the palette.
 */
export function dayNotesInVault(app: App, settings: DailySettings): DayNote[] {
	const notes: DayNote[] = [];
	for (const file of app.vault.getMarkdownFiles()) {
		const frontMatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
		const date = dayNoteDate(file.path, frontMatter, settings);
		if (date) notes.push({ path: file.path, date });
	}
	return sortDayNotes(notes);
}
