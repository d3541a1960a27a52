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
 * The day notes, dated exactly as "New bootcamp day" dates them (front matter `date`, else the
 * file name pattern), so both features agree on which note is which day's. A note whose front
 * matter cannot be read still counts by its file name, without a title.
 */
export async function findDayNotes(
	store: NoteStore,
	daily: Pick<DailySettings, "folder" | "fileNamePattern" | "templatePath">,
	files?: readonly StoredFile[],
): Promise<DayNoteRecord[]> {
	const root = dayNotesRoot(daily.folder);
	const candidates = (files ?? (await store.listFiles())).filter((file) => isMarkdownPath(file.path) && isInsideFolder(file.path, root));
	const records: DayNoteRecord[] = [];
	for (const file of candidates) {
		const text = await store.read(file.path);
		let frontMatter: FrontMatter | null = null;
		try {
			frontMatter = parseNote(file.path, text).frontMatter;
		} catch (error) {
			if (!(error instanceof FrontMatterError)) throw error;
		}
		const date = dayNoteDate(file.path, frontMatter, daily);
		if (!date) continue;
		const title = typeof frontMatter?.title === "string" ? frontMatter.title : null;
		records.push({ date, path: file.path, title, headings: headingsOf(text) });
	}
	return records.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
}

/**
 * Notes imported from the blog, each dated by its post (front matter `date`, else the
 * `YYYY-MM-DD-` of its name): a learner's old daily posts are days of the learning log too.
 */
export async function readImportedDayNotes(store: NoteStore, paths: readonly string[]): Promise<DayNoteRecord[]> {
	const records: DayNoteRecord[] = [];
	for (const path of paths) {
		const text = await store.read(path).catch(() => null);
		if (text === null) continue;
		let frontMatter: FrontMatter | null = null;
		try {
			frontMatter = parseNote(path, text).frontMatter;
		} catch (error) {
			if (!(error instanceof FrontMatterError)) throw error;
		}
		const date = dateFromFrontMatterValue(frontMatter?.date) ?? /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/.exec(path)?.[1] ?? null;
		if (!date) continue;
		const title = typeof frontMatter?.title === "string" ? frontMatter.title : null;
		records.push({ date, path, title, headings: headingsOf(text) });
	}
	return records.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
}
