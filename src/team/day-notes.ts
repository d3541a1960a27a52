import { FrontMatterError, parseNote, type FrontMatter } from "../core/front-matter";
import { isMarkdownPath, type NoteStore, type StoredFile } from "../core/note-store";
import type { DailySettings } from "../daily/daily-settings";
import { dateFromFrontMatterValue, dayNoteDate } from "../daily/day-notes";
import { dayNotesRoot, isInsideFolder } from "../daily/day-paths";
import { splitNoteLines } from "./note-lines";

/** A bootcamp day's note, found by its date, with what the week review shows of it. */
export interface DayNoteRecord {
	date: string;
	path: string;
	title: string | null;
	headings: string[];
}

/** Headings outside front matter and code, as written. */
export function headingsOf(text: string): string[] {
	return splitNoteLines(text).flatMap((line) => {
		if (line.literal) return [];
		const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line.text);
		return heading ? [heading[1]] : [];
	});
}

/**
 * The day-note records of `paths`, each dated by `dateOf` (notes it gives no date are left out),
 * in date order. A note whose front matter cannot be read still counts, without a title; a note
 * `read` gives no text (null) is skipped.
 */
async function dayNoteRecords(
	paths: readonly string[],
	read: (path: string) => Promise<string | null>,
	dateOf: (path: string, frontMatter: FrontMatter | null) => string | null,
): Promise<DayNoteRecord[]> {
	const records: DayNoteRecord[] = [];
	for (const path of paths) {
		const text = await read(path);
		if (text === null) continue;
		let frontMatter: FrontMatter | null = null;
		try {
			frontMatter = parseNote(path, text).frontMatter;
		} catch (error) {
			if (!(error instanceof FrontMatterError)) throw error;
		}
		const date = dateOf(path, frontMatter);
		if (!date) continue;
		const title = typeof frontMatter?.title === "string" ? frontMatter.title : null;
		records.push({ date, path, title, headings: headingsOf(text) });
	}
	return records.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
}

/**
 * The day notes, dated exactly as "New bootcamp day" dates them (front matter `date`, else the
 * file name pattern), so both features agree on which note is which day's.
 */
export async function findDayNotes(
	store: NoteStore,
	daily: Pick<DailySettings, "folder" | "fileNamePattern" | "templatePath">,
	files?: readonly StoredFile[],
): Promise<DayNoteRecord[]> {
	const root = dayNotesRoot(daily.folder);
	const candidates = (files ?? (await store.listFiles())).filter((file) => isMarkdownPath(file.path) && isInsideFolder(file.path, root));
	return dayNoteRecords(
		candidates.map((file) => file.path),
		(path) => store.read(path),
		(path, frontMatter) => dayNoteDate(path, frontMatter, daily),
	);
}

/**
 * Notes imported from the blog, each dated by its post (front matter `date`, else the
 * `YYYY-MM-DD-` of its name): a learner's old daily posts are days of the learning log too.
 * One that cannot be read is left out.
 */
export async function readImportedDayNotes(store: NoteStore, paths: readonly string[]): Promise<DayNoteRecord[]> {
	return dayNoteRecords(
		paths,
		(path) => store.read(path).catch(() => null),
		(path, frontMatter) => dateFromFrontMatterValue(frontMatter?.date) ?? /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/.exec(path)?.[1] ?? null,
	);
}
