import { isoDateOf } from "../core/calendar-date";

/**
 * Calendar days as whole numbers (days since 1970-01-01, proleptic Gregorian), for week and
 * weekday arithmetic without `Date`: an index build asks this for every day of the vault, and a
 * local `Date` consults the time zone on each step. Howard Hinnant's civil-date algorithms.
 */
export function dayNumber(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** The `YYYY-MM-DD` of a day number. */
export function isoDateOfDayNumber(number: number): string {
	const shifted = number + 719_468;
	const era = Math.floor(shifted / 146_097);
	const dayOfEra = shifted - era * 146_097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
	const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
	return isoDateOf(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** 0 for Sunday … 6 for Saturday, as `Date#getDay` (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(number: number): number {
	return (((number + 4) % 7) + 7) % 7;
}
