import type { StoredFile } from "../core/note-store";
import { isMarkdownPath } from "../core/note-store";
import { addDays, startOfLocalDate } from "../daily/local-date";

export interface DayWindow {
	/** ms since the epoch, inclusive */
	start: number;
	/** ms since the epoch, exclusive */
	end: number;
}

/** Local time of `hour` o'clock on a date (the vault's time zone). */
function localTimeOf(date: string, hour: number): number {
	const moment = startOfLocalDate(date);
	moment.setHours(hour);
	return moment.getTime();
}

/** A bootcamp day runs from its day-start hour to the same hour of the next calendar day. */
export function dayWindow(date: string, dayStartHour: number): DayWindow {
	return { start: localTimeOf(date, dayStartHour), end: localTimeOf(addDays(date, 1), dayStartHour) };
}

export interface DayTopicsOptions {
	date: string;
	dayStartHour: number;
	/** Folders whose notes are never topics (day notes, week reviews, templates, …). */
	excludedFolders: readonly string[];
	/** Single notes that are never topics (day notes kept outside the day folder). */
	excludedPaths: ReadonlySet<string>;
}

/** Case-insensitive, like the library's folder scope: `daily` covers `Daily/`. */
function inFolder(path: string, folder: string): boolean {
	const clean = folder.replace(/^\/+|\/+$/g, "").toLowerCase();
	const lower = path.toLowerCase();
	return clean !== "" && (lower === clean || lower.startsWith(`${clean}/`));
}

/**
 * The notes created or changed during the bootcamp day, in the order they were first touched
 * that day (creation if it happened that day, otherwise the last change).
 */
export function selectDayTopics(files: readonly StoredFile[], options: DayTopicsOptions): string[] {
	const { start, end } = dayWindow(options.date, options.dayStartHour);
	const within = (time: number) => time >= start && time < end;
	const touched: Array<{ path: string; at: number }> = [];
	for (const file of files) {
		if (!isMarkdownPath(file.path) || options.excludedPaths.has(file.path)) continue;
		if (options.excludedFolders.some((folder) => inFolder(file.path, folder))) continue;
		if (within(file.ctime)) touched.push({ path: file.path, at: file.ctime });
		else if (within(file.mtime)) touched.push({ path: file.path, at: file.mtime });
	}
	touched.sort((a, b) => a.at - b.at || a.path.localeCompare(b.path));
	return touched.map((entry) => entry.path);
}
