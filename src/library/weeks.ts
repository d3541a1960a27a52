import type { Day } from "date-fns";
import { localIsoDate as localKey } from "../core/calendar-date";
import { dayToDate, type DayKey } from "./note-dates";

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

const DAY_MS = 86_400_000;

/** First day of week 1 of a week-numbering year: the week that holds January `firstWeekContainsDate`. */
function firstWeekStart(year: number, rule: WeekRule): Date {
	const anchor = new Date(year, 0, rule.firstWeekContainsDate);
	return new Date(year, 0, rule.firstWeekContainsDate - ((anchor.getDay() - rule.weekStartsOn + 7) % 7));
}

/**
 * The week of a day. Plain calendar arithmetic on local dates (index builds call it for every
 * day of the vault; date-fns' getWeek is ten times slower); a test checks it against date-fns.
 */
export function weekOf(day: DayKey, rule: WeekRule): WeekOfDay {
	const date = dayToDate(day);
	const start = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() - rule.weekStartsOn + 7) % 7));
	let weekYear = date.getFullYear() + 1;
	while (firstWeekStart(weekYear, rule) > date) weekYear--;
	// Rounding absorbs the hour a daylight-saving change adds or removes.
	const week = Math.round((start.getTime() - firstWeekStart(weekYear, rule).getTime()) / (7 * DAY_MS)) + 1;
	const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 6);
	return { weekYear, week, start: localKey(start), end: localKey(end) };
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
