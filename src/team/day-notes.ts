import { parseNote } from "../core/front-matter";
import { baseName, isMarkdownPath, type NoteStore, type StoredFile } from "../core/note-store";
import { isIsoDate } from "./iso-date";
import { splitNoteLines } from "./note-lines";

/** A bootcamp day's note, found by its date. */
export interface DayNoteRecord {
	date: string;
	path: string;
	title: string | null;
	headings: string[];
}

/** `2021-08-10`, `2021.08.10`, `20210810`, `Day 2021-08-10 log` → the date in a file name. */
export function dateInFileName(path: string): string | null {
	const match = /(\d{4})[-._]?(\d{2})[-._]?(\d{2})(?!\d)/.exec(baseName(path));
	if (!match) return null;
	const date = `${match[1]}-${match[2]}-${match[3]}`;
	return isIsoDate(date) ? date : null;
}

/** Headings outside front matter and code, as written. */
export function headingsOf(text: string): string[] {
	return splitNoteLines(text).flatMap((line) => {
		if (line.literal) return [];
		const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line.text);
		return heading ? [heading[1]] : [];
	});
}

function inFolder(path: string, folder: string): boolean {
	const clean = folder.replace(/^\/+|\/+$/g, "");
	return clean === "" ? !path.includes("/") : path.startsWith(`${clean}/`);
}

function frontMatterDate(data: Record<string, unknown>): string | null {
	const value = data.date;
	const text = typeof value === "string" ? value.slice(0, 10) : "";
	return isIsoDate(text) ? text : null;
}

/**
 * The day notes of the day folder, by date. The date comes from the file name (the bootcamp date,
 * even for a note written after midnight), else from front matter `date`. A note whose front
 * matter cannot be read still counts by its file name, without a title.
 */
export async function findDayNotes(store: NoteStore, folder: string, files?: readonly StoredFile[]): Promise<DayNoteRecord[]> {
	const candidates = (files ?? (await store.listFiles())).filter((file) => isMarkdownPath(file.path) && inFolder(file.path, folder));
	const records: DayNoteRecord[] = [];
	for (const file of candidates) {
		const text = await store.read(file.path);
		let data: Record<string, unknown> = {};
		try {
			data = parseNote(file.path, text).frontMatter ?? {};
		} catch {
			// Broken YAML: the note is still a day note by its name.
		}
		const date = dateInFileName(file.path) ?? frontMatterDate(data);
		if (!date) continue;
		const title = typeof data.title === "string" ? data.title : null;
		records.push({ date, path: file.path, title, headings: headingsOf(text) });
	}
	return records.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
}
