import { isRealCalendarDay } from "./calendar-date";

/**
 * A front-matter date as Jekyll accepts it: `2021-08-10`, `2021-08-10 21:30`,
 * `2021-08-10 21:30:00 +0900`, `2021-08-10T21:30:00.5+09:00`, `…Z`. One reader for the library
 * (which day a note belongs to) and the published post (its date), so both agree.
 */
export interface WrittenDateTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	/** False for a bare `YYYY-MM-DD`. */
	hasTime: boolean;
	/** The zone as written (`Z`, `+0900`, `-05:00`), or undefined for the vault's local time. */
	zone: string | undefined;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** null when the text is not such a date or names a day or time that does not exist. */
export function parseWrittenDateTime(text: string): WrittenDateTime | null {
	const match = DATE_TIME.exec(text.trim());
	if (!match) return null;
	// Read part by part: every note's date passes here when a vault is listed.
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	const hour = Number(match[4] ?? 0);
	const minute = Number(match[5] ?? 0);
	const second = Number(match[6] ?? 0);
	if (!isRealCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
	return { year, month, day, hour, minute, second, hasTime: match[4] !== undefined, zone: match[7] };
}

/** Minutes east of UTC of a written zone (`Z` → 0, `+0900` → 540, `-05:00` → -300). */
export function zoneOffsetMinutes(zone: string): number {
	if (zone === "Z") return 0;
	const digits = zone.slice(1).replace(":", "");
	const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
	return zone.startsWith("-") ? -minutes : minutes;
}

/** The instant a written date stands for; without a zone, in the vault's (machine's) local time. */
export function writtenInstant(date: WrittenDateTime): Date {
	const { year, month, day, hour, minute, second, zone } = date;
	if (zone === undefined) return new Date(year, month - 1, day, hour, minute, second);
	return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - zoneOffsetMinutes(zone) * 60_000);
}
