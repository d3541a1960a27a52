import type { DailySettings } from "../daily/daily-settings";
import { courseDayRule } from "../daily/day-number";

/**
 * Which dates are bootcamp days, by the rule of the day numbering (src/daily/day-number.ts). When
 * days are counted by existing notes, the dates that have a day note are the bootcamp days.
 */
export function bootcampDayRule(
	daily: Pick<DailySettings, "dayCounting" | "holidays">,
	dayNoteDates: ReadonlySet<string> = new Set(),
): (date: string) => boolean {
	if (daily.dayCounting === "existing-notes") return (date) => dayNoteDates.has(date);
	return courseDayRule(daily.dayCounting, daily.holidays.map((date) => date.trim()));
}
