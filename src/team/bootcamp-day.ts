import type { DailySettings } from "../daily/daily-settings";
import { dayOfWeek, localIsoDate } from "./iso-date";

/**
 * The bootcamp date a moment belongs to: before the day-start hour it is still the previous day,
 * so a note touched at 01:30 with a 4 a.m. start counts for yesterday.
 */
export function bootcampDateAt(moment: Date, dayStartHour: number): string {
	const shifted = new Date(moment.getTime());
	if (moment.getHours() < dayStartHour) shifted.setDate(shifted.getDate() - 1);
	return localIsoDate(shifted);
}

/**
 * Which dates are bootcamp days, by the same rule as the day numbering. When days are counted by
 * existing notes, the dates that have a day note are the bootcamp days (plus the date asked about).
 */
export function bootcampDayRule(
	daily: Pick<DailySettings, "dayCounting" | "holidays">,
	dayNoteDates: ReadonlySet<string> = new Set(),
): (date: string) => boolean {
	const holidays = new Set(daily.holidays.map((date) => date.trim()));
	const weekday = (date: string) => dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6;
	switch (daily.dayCounting) {
		case "calendar-days":
			return () => true;
		case "weekdays":
			return weekday;
		case "weekdays-minus-holidays":
			return (date) => weekday(date) && !holidays.has(date);
		case "existing-notes":
			return (date) => dayNoteDates.has(date);
	}
}
