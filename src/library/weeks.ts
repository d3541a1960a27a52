import { addDays, getWeek, getWeekYear, startOfWeek, type Day, type FirstWeekContainsDate } from "date-fns";
import { dayToDate, localDayKey, type DayKey } from "./note-dates";

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

export function weekOf(day: DayKey, rule: WeekRule): WeekOfDay {
	const date = dayToDate(day);
	// date-fns types allow only 1 and 4, but its arithmetic handles every value 1–7 (locales use 1, 4 and 7).
	const options = { weekStartsOn: rule.weekStartsOn, firstWeekContainsDate: rule.firstWeekContainsDate as FirstWeekContainsDate };
	const start = startOfWeek(date, options);
	return {
		weekYear: getWeekYear(date, options),
		week: getWeek(date, options),
		start: localDayKey(start),
		end: localDayKey(addDays(start, 6)),
	};
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
