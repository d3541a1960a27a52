import type { Day } from "date-fns";
import { dayNumber, isoDateOfDayNumber, weekdayOfDayNumber } from "./day-numbers";
import type { DayKey } from "./note-dates";

/**
 * How weeks are numbered. ISO 8601 (most of Europe): weeks start on Monday and week 1 holds the
 * first Thursday (firstWeekContainsDate 4). Korea and the US: weeks start on Sunday and week 1
 * holds January 1st (firstWeekContainsDate 1). A week that straddles New Year belongs to one
 * week-numbering year, which can differ from the calendar year of some of its days.
 */
export interface WeekRule {
	weekStartsOn: Day;
	firstWeekContainsDate: 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

export const ISO_WEEKS: WeekRule = { weekStartsOn: 1, firstWeekContainsDate: 4 };
export const SUNDAY_WEEKS: WeekRule = { weekStartsOn: 0, firstWeekContainsDate: 1 };

export interface WeekOfDay {
	/** The week-numbering year, e.g. 2021 for 2021-01-01 under ISO rules is 2020. */
	weekYear: number;
	week: number;
	/** First and last day of that week. */
	start: DayKey;
	end: DayKey;
}

/** Day number of the first day of week 1 of a week-numbering year: the week that holds January `firstWeekContainsDate`. */
function firstWeekStart(year: number, rule: WeekRule): number {
	const anchor = dayNumber(year, 1, rule.firstWeekContainsDate);
	return anchor - ((weekdayOfDayNumber(anchor) - rule.weekStartsOn + 7) % 7);
}

/**
 * The week of a day. Plain arithmetic on day numbers (index builds call it for every day of the
 * vault; date-fns' getWeek is ten times slower); a test checks it against date-fns.
 */
export function weekOf(day: DayKey, rule: WeekRule): WeekOfDay {
	const parts = day.split("-");
	return weekOfDate(Number(parts[0]), Number(parts[1]), Number(parts[2]), rule);
}

/** weekOf for a day already split into numbers. */
export function weekOfDate(year: number, month: number, date: number, rule: WeekRule): WeekOfDay {
	const number = dayNumber(year, month, date);
	const start = number - ((weekdayOfDayNumber(number) - rule.weekStartsOn + 7) % 7);
	let weekYear = year + 1;
	while (firstWeekStart(weekYear, rule) > number) weekYear--;
	const week = (start - firstWeekStart(weekYear, rule)) / 7 + 1;
	return { weekYear, week, start: isoDateOfDayNumber(start), end: isoDateOfDayNumber(start + 6) };
}

/**
 * The week rule for a setting: 0–6 picks the first day (Monday gets ISO numbering, any other day
 * numbers from January 1st); -1 follows the locale's rule when the caller knows it.
 */
export function weekRuleFor(weekStartSetting: number, localeRule: WeekRule = SUNDAY_WEEKS): WeekRule {
	if (!Number.isInteger(weekStartSetting) || weekStartSetting < 0 || weekStartSetting > 6) return localeRule;
	if (weekStartSetting === 1) return ISO_WEEKS;
	return { weekStartsOn: weekStartSetting as Day, firstWeekContainsDate: 1 };
}

/** moment's locale data speaks of `dow` and `doy`; date-fns of firstWeekContainsDate = 7 + dow − doy. */
export function weekRuleFromMomentLocale(dow: number, doy: number): WeekRule {
	const contains = 7 + dow - doy;
	const valid = Number.isInteger(dow) && dow >= 0 && dow <= 6 && contains >= 1 && contains <= 7;
	if (!valid) return SUNDAY_WEEKS;
	return { weekStartsOn: dow as Day, firstWeekContainsDate: contains as WeekRule["firstWeekContainsDate"] };
}

/**
 * For the CLI, which has no moment: the week rule of a locale name such as `ko_KR.UTF-8`, from
 * Intl's week data where the runtime has it; Sunday weeks otherwise.
 */
export function weekRuleFromLocaleName(name: string | undefined): WeekRule {
	const tag = (name ?? "").split(".")[0].replace("_", "-");
	if (tag === "" || tag === "C" || tag === "POSIX") return SUNDAY_WEEKS;
	try {
		const locale = new Intl.Locale(tag) as Intl.Locale & { weekInfo?: { firstDay: number; minimalDays: number }; getWeekInfo?: () => { firstDay: number; minimalDays: number } };
		const info = locale.getWeekInfo?.() ?? locale.weekInfo;
		if (!info) return SUNDAY_WEEKS;
		const firstDay = info.firstDay % 7;
		const minimal = Math.min(7, Math.max(1, info.minimalDays));
		return { weekStartsOn: firstDay as Day, firstWeekContainsDate: minimal as WeekRule["firstWeekContainsDate"] };
	} catch {
		return SUNDAY_WEEKS;
	}
}
