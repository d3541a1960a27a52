import { isoDateInText, isoDateOf, localIsoDate, startOfLocalDate } from "../core/calendar-date";
import { parseWrittenDateTime, writtenInstant } from "../core/written-date";

/** A calendar day as written, `YYYY-MM-DD`: the unit of every date group and of the streak. */
export type DayKey = string;

export type DateSource = "front-matter" | "file-name" | "created";

export interface NoteDate {
	day: DayKey;
	/** ms since the epoch, to order notes inside a day. */
	timestamp: number;
	source: DateSource;
}

/** The local calendar day of an instant (the vault's time zone is the machine's). */
export function localDayKey(time: number | Date): DayKey {
	return localIsoDate(typeof time === "number" ? new Date(time) : time);
}

/** `YYYY-MM-DD` → a local Date at midnight, for calendar arithmetic. */
export const dayToDate: (day: DayKey) => Date = startOfLocalDate;

/**
 * Front matter `date` the way Jekyll reads it: `2021-08-10`, `2021-08-10 21:30:00 +0900`,
 * `2021-08-10T21:30:00+09:00`. The day is the one the author wrote (their wall clock), so a
 * 2 a.m. log stays on the day it says. Returns null for anything else.
 */
export function parseWrittenDate(value: unknown): Omit<NoteDate, "source"> | null {
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return { day: localDayKey(value), timestamp: value.getTime() };
	}
	if (typeof value !== "string") return null;
	const parts = parseWrittenDateTime(value);
	if (!parts) return null;
	return { day: isoDateOf(parts.year, parts.month, parts.day), timestamp: writtenInstant(parts).getTime() };
}

/** `daily/2021-08-10.md`, `2021-08-10-my-post.md` → that day (local midnight). */
export function dateInFileName(name: string): Omit<NoteDate, "source"> | null {
	const day = isoDateInText(name);
	return day === null ? null : { day, timestamp: startOfLocalDate(day).getTime() };
}

/**
 * Front matter `date`, else a date in the file name, else the creation time. The name may be
 * given as a function: most notes have a date, and never need it worked out.
 */
export function noteDate(frontMatterDate: unknown, fileName: string | (() => string), ctime: number): NoteDate {
	const written = parseWrittenDate(frontMatterDate);
	if (written) return { day: written.day, timestamp: written.timestamp, source: "front-matter" };
	const named = dateInFileName(typeof fileName === "string" ? fileName : fileName());
	if (named) return { day: named.day, timestamp: named.timestamp, source: "file-name" };
	return { day: localDayKey(ctime), timestamp: ctime, source: "created" };
}
