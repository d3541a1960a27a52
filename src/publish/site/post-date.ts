import { isRealCalendarDay as isRealDay } from "../../core/calendar-date";
import { formatLocalDateTime } from "../../core/local-time";
import { parseWrittenDateTime, writtenInstant } from "../../core/written-date";

/** A post's date: the instant, the calendar day of the file name, and the front-matter form. */
export interface PostDate {
	instant: Date;
	/** `YYYY-MM-DD` as the author meant it (their wall clock). */
	day: string;
	/**
	 * `2021-08-10 21:30:00 +0900`: with an offset, so a 2 a.m. post never lands on the previous day.
	 * A day without a time stays `2021-08-10`: Jekyll reads it in the site's zone, always that day.
	 */
	written: string;
	dateOnly: boolean;
}

const NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

function pad(value: number, width = 2): string {
	return String(value).padStart(width, "0");
}

/** The vault's (machine's) local wall-clock time as a post date. */
export function localPostDate(instant: Date): PostDate {
	const written = formatLocalDateTime(instant);
	return { instant, day: written.slice(0, 10), written, dateOnly: false };
}

/**
 * Reads a front-matter date (`2021-08-10`, `2021-08-10 21:30`, `2021-08-10T21:30:00+09:00`, …).
 * Without an offset the time is the vault's local time. null when it is not a date Jekyll accepts.
 */
export function parsePostDate(text: string): PostDate | null {
	const parts = parseWrittenDateTime(text);
	if (!parts) return null;
	const { year, month, day, hour, minute, second, zone } = parts;
	const dayText = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
	if (!parts.hasTime && zone === undefined) return { instant: new Date(year, month - 1, day), day: dayText, written: dayText, dateOnly: true };
	if (zone === undefined) return localPostDate(writtenInstant(parts));
	const offset = zone === "Z" ? "+0000" : zone.replace(":", "");
	return { instant: writtenInstant(parts), day: dayText, written: `${dayText} ${pad(hour)}:${pad(minute)}:${pad(second)} ${offset}`, dateOnly: false };
}

/** The date at the start of a note's name (`2021-08-10`, `2021-08-10 회고`), as local midnight. */
export function dateFromNoteName(name: string): { date: PostDate; rest: string } | null {
	const match = NAME_DATE.exec(name);
	if (!match) return null;
	const [year, month, day] = match.slice(1, 4).map(Number);
	if (!isRealDay(year, month, day)) return null;
	const dayText = match[0];
	return { date: { instant: new Date(year, month - 1, day), day: dayText, written: dayText, dateOnly: true }, rest: name.slice(match[0].length) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The calendar parts of an instant in a time zone (the site's), for permalinks. */
export function datePartsInZone(instant: Date, timeZone: string | null): { year: string; month: string; day: string } {
	let formatter: Intl.DateTimeFormat;
	try {
		formatter = formatterFor(timeZone ?? "UTC");
	} catch {
		// An unknown zone name: Jekyll would fall back to the machine's zone, UTC on a build server.
		formatter = formatterFor("UTC");
	}
	const parts = formatter.formatToParts(instant);
	const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? "";
	return { year: get("year"), month: get("month"), day: get("day") };
}

const zonedFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as a post date on the wall clock of `timeZone` (the site's), with that zone's offset
 * then: a note created at 00:30 in Seoul is dated that day there, whatever the machine's zone.
 * Without a zone, or with one the platform does not know, the machine's local time.
 */
export function zonedPostDate(instant: Date, timeZone: string | null): PostDate {
	if (!timeZone) return localPostDate(instant);
	let formatter = zonedFormatters.get(timeZone);
	if (!formatter) {
		try {
			formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
		} catch {
			return localPostDate(instant);
		}
		zonedFormatters.set(timeZone, formatter);
	}
	const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
	const [year, month, day, hour, minute, second] = ["year", "month", "day", "hour", "minute", "second"].map((type) => Number(parts[type]));
	const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
	const offsetMinutes = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - wholeSeconds) / 60000);
	const sign = offsetMinutes < 0 ? "-" : "+";
	const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${pad(Math.abs(offsetMinutes) % 60)}`;
	const dayText = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
	return { instant, day: dayText, written: `${dayText} ${pad(hour)}:${pad(minute)}:${pad(second)} ${offset}`, dateOnly: false };
}
