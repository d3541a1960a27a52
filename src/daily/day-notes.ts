import { FrontMatterError, parseNote, type FrontMatter } from "../core/front-matter";
import { isWikiLinkSafe, markdownNoteLink } from "../core/note-link";
import { InvalidTextError, isMarkdownPath, type NoteStore } from "../core/note-store";
import type { DailySettings } from "./daily-settings";
import { dateFromNotePath, dayNotesRoot, isInsideFolder } from "./day-paths";
import { isTemplatePath } from "./template-path";
import { isIsoDate, localIsoDate, type IsoDate } from "./local-date";

/** An existing note that is the log of one bootcamp day. */
export interface DayNote {
	path: string;
	date: IsoDate;
	/** Front-matter title, when known: it carries the day number the numbering is inferred from. */
	title?: string | null;
}

type DayNoteSettings = Pick<DailySettings, "folder" | "fileNamePattern" | "templatePath">;

/** `2021-08-10`, `2021-08-10 21:30:00 +0900`, `2021-08-10T21:30` → the calendar date as written. */
export function dateFromFrontMatterValue(value: unknown): IsoDate | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : localIsoDate(value);
	if (typeof value !== "string") return null;
	const match = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[ T])/.exec(value);
	return match && isIsoDate(match[1]) ? match[1] : null;
}

/**
 * Whether a note is a day note, and of which date. The front matter `date` wins (a sync client
 * may have created the note under another name); else the file name tells. In the vault root,
 * where topic notes carry dates too, only notes whose name holds a date count.
 */
export function dayNoteDate(path: string, frontMatter: FrontMatter | null, settings: DayNoteSettings): IsoDate | null {
	return dayNoteDateUnder(dayNotesRoot(settings.folder), path, frontMatter, settings);
}

/** dayNoteDate with the day notes' root folder worked out once for many notes. */
function dayNoteDateUnder(root: string, path: string, frontMatter: FrontMatter | null, settings: DayNoteSettings): IsoDate | null {
	if (!isMarkdownPath(path) || isTemplatePath(path, settings.templatePath)) return null;
	if (!isInsideFolder(path, root)) return null;
	const fromName = dateFromNotePath(path, settings.fileNamePattern);
	if (root === "" && !fromName) return null;
	return dateFromFrontMatterValue(frontMatter?.date) ?? fromName;
}

/**
 * A note's text; bytes that are not UTF-8 are read as U+FFFD. Its date and title are still what
 * they say, and one such note must not stop every other day note from being found (the publish
 * reports it on its own).
 */
async function readLeniently(store: NoteStore, path: string): Promise<string> {
	try {
		return await store.read(path);
	} catch (error) {
		if (error instanceof InvalidTextError) return error.lenientText;
		throw error;
	}
}

/** Reads the candidate notes of the day-notes folder; a note with broken YAML is dated by its name. */
export async function scanDayNotes(store: NoteStore, settings: DayNoteSettings): Promise<DayNote[]> {
	const root = dayNotesRoot(settings.folder);
	const candidates = (await store.listFiles()).filter((file) => isMarkdownPath(file.path) && isInsideFolder(file.path, root));
	const notes: DayNote[] = [];
	for (const file of candidates) {
		let frontMatter: FrontMatter | null = null;
		try {
			frontMatter = parseNote(file.path, await readLeniently(store, file.path)).frontMatter;
		} catch (error) {
			if (!(error instanceof FrontMatterError)) throw error;
		}
		const date = dayNoteDateUnder(root, file.path, frontMatter, settings);
		if (date) notes.push({ path: file.path, date, title: typeof frontMatter?.title === "string" ? frontMatter.title : null });
	}
	return sortDayNotes(notes);
}

export function sortDayNotes(notes: readonly DayNote[]): DayNote[] {
	return [...notes].sort((a, b) => (a.date === b.date ? a.path.localeCompare(b.path) : a.date < b.date ? -1 : 1));
}

export interface FoundDayNote {
	note: DayNote | null;
	/** Every other note of the same date (sync duplicates): the user should look at them. */
	others: DayNote[];
}

/** The note of a date: the one at the expected path when it is among them, else the first by path. */
export function findDayNote(notes: readonly DayNote[], date: IsoDate, expectedPath: string): FoundDayNote {
	const sameDate = sortDayNotes(notes.filter((note) => note.date === date));
	const note = sameDate.find((candidate) => candidate.path === expectedPath) ?? sameDate[0] ?? null;
	return { note, others: sameDate.filter((candidate) => candidate !== note) };
}

/** The nearest existing day note strictly before or after a date. */
export function neighbourDayNote(notes: readonly DayNote[], date: IsoDate, direction: "previous" | "next"): DayNote | null {
	const sorted = sortDayNotes(notes);
	if (direction === "previous") {
		const earlier = sorted.filter((note) => note.date < date);
		const lastDate = earlier[earlier.length - 1]?.date;
		return earlier.find((note) => note.date === lastDate) ?? null;
	}
	return sorted.find((note) => note.date > date) ?? null;
}

/**
 * `[[daily/2021-08-12|2021-08-12]]`: the full path (no `.md`) so the link is never ambiguous; a
 * markdown link for a name a wiki-link cannot hold (see note-link.ts).
 */
export function dayNoteLink(note: DayNote | null): string {
	if (!note) return "";
	const target = note.path.replace(/\.md$/i, "");
	const label = target.slice(target.lastIndexOf("/") + 1);
	return isWikiLinkSafe(target) ? `[[${target}|${label}]]` : markdownNoteLink(note.path, label);
}
