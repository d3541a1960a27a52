/**
 * Calendar dates written `YYYY-MM-DD`, the one form every feature (day notes, the library, the
 * published posts) reads and writes. Checked by arithmetic, not through `Date`, which reads years
 * 0–99 as 1900–1999 and would make those dates differ between callers.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the day exists in the (proleptic Gregorian) calendar: 2021-02-30 does not. */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	return match !== null && isRealCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `2021`, `8`, `9` → `2021-08-09`. */
export function isoDateOf(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The local calendar date of a moment, in the machine's (the vault's) time zone. */
export function localIsoDate(moment: Date): string {
	return isoDateOf(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

/** Local midnight at the start of a `YYYY-MM-DD` date. */
export function startOfLocalDate(date: string): Date {
	const parts = date.split("-");
	return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
}

/** A `YYYY-MM-DD` standing alone in a name: `2021-08-10 1`, `notes 2021-08-10`, not `12021-08-100`. */
const DATE_IN_TEXT = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** The first date standing alone in a text (a file name), when it is a real day; else null. */
export function isoDateInText(text: string): string | null {
	const match = DATE_IN_TEXT.exec(text);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	return isRealCalendarDay(year, month, day) ? isoDateOf(year, month, day) : null;
}
