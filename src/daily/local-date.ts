import { isIsoDate, localIsoDate, startOfLocalDate } from "../core/calendar-date";

export { isIsoDate, localIsoDate, startOfLocalDate };

/**
 * Calendar dates of the course as `YYYY-MM-DD` strings. Arithmetic runs on UTC day numbers so that
 * no time zone or daylight-saving change can make a day last 23 or 25 hours.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function epochDay(date: IsoDate): number {
	const match = ISO_DATE.exec(date);
	if (!match || !isIsoDate(date)) throw new RangeError(`Not a date: ${date}`);
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

function fromEpochDay(day: number): IsoDate {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromEpochDay(epochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return epochDay(to) - epochDay(from);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function dayOfWeek(date: IsoDate): number {
	return new Date(epochDay(date) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
	const weekday = dayOfWeek(date);
	return weekday === 0 || weekday === 6;
}

/**
 * The bootcamp day a moment belongs to. Before `dayStartHour` the previous day is still going on:
 * at 02:00 with a day start of 4 a.m. the student is finishing yesterday's log.
 */
export function bootcampDateOf(now: Date, dayStartHour: number): IsoDate {
	const today = localIsoDate(now);
	const hour = Math.min(23, Math.max(0, Math.floor(dayStartHour)));
	return now.getHours() < hour ? addDays(today, -1) : today;
}

/**
 * The moment that stands for a bootcamp day in the note: `now` when it falls on that date, else
 * `now` clamped into the date (23:59:59 for a day that is over, 00:00:00 for one still ahead).
 * A log finished at 02:00 therefore keeps yesterday's date in Jekyll.
 */
export function momentWithinDate(date: IsoDate, now: Date): Date {
	const start = startOfLocalDate(date);
	const end = new Date(startOfLocalDate(addDays(date, 1)).getTime() - 1000);
	if (now.getTime() < start.getTime()) return start;
	if (now.getTime() > end.getTime()) return end;
	return now;
}

export interface HolidayParseResult {
	dates: IsoDate[];
	/** Entries that are not real `YYYY-MM-DD` dates, as the user typed them. */
	invalid: string[];
}

/** Holidays typed as a comma- or line-separated list; sorted, without duplicates. */
export function parseHolidayList(text: string): HolidayParseResult {
	const entries = text
		.split(/[,\n\r]+/)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== "");
	const invalid = entries.filter((entry) => !isIsoDate(entry));
	const dates = [...new Set(entries.filter(isIsoDate))].sort();
	return { dates, invalid };
}
