import { isRealCalendarDay, isoDateOf, localIsoDate, startOfLocalDate } from "../core/calendar-date";

/** A calendar day as written, `YYYY-MM-DD`: the unit of every date group and of the streak. */
export type DayKey = string;

export type DateSource = "front-matter" | "file-name" | "created";

export interface NoteDate {
	day: DayKey;
	/** ms since the epoch, to order notes inside a day. */
	timestamp: number;
	source: DateSource;
}

const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/;
const DATE_IN_NAME = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/;

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
	const match = WRITTEN_DATE.exec(value.trim());
	if (!match) return null;
	const [, y, mo, d, h = "0", mi = "0", s = "0", offset] = match;
	const year = Number(y);
	const month = Number(mo);
	const date = Number(d);
	if (!isRealCalendarDay(year, month, date) || Number(h) > 23) return null;
	let timestamp: number;
	if (offset) {
		const sign = offset === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
		const digits = offset.replace(/[^\d]/g, "");
		const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
		timestamp = Date.UTC(year, month - 1, date, Number(h), Number(mi), Number(s)) - minutes * 60_000;
	} else {
		timestamp = new Date(year, month - 1, date, Number(h), Number(mi), Number(s)).getTime();
	}
	return { day: isoDateOf(year, month, date), timestamp };
}

/** `daily/2021-08-10.md`, `2021-08-10-my-post.md` → that day (local midnight). */
export function dateInFileName(name: string): Omit<NoteDate, "source"> | null {
	const match = DATE_IN_NAME.exec(name);
	if (!match) return null;
	const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (!isRealCalendarDay(year, month, date)) return null;
	return { day: isoDateOf(year, month, date), timestamp: new Date(year, month - 1, date).getTime() };
}

/** Front matter `date`, else a date in the file name, else the creation time. */
export function noteDate(frontMatterDate: unknown, fileName: string, ctime: number): NoteDate {
	const written = parseWrittenDate(frontMatterDate);
	if (written) return { ...written, source: "front-matter" };
	const named = dateInFileName(fileName);
	if (named) return { ...named, source: "file-name" };
	return { day: localDayKey(ctime), timestamp: ctime, source: "created" };
}
