import type { MessageKey, Translator } from "../i18n/translator";
import type { DayCountingMode } from "./daily-settings";

/**
 * What the day-note code tells the user, as codes with parameters: the plugin and the CLI
 * translate them (daily.warning.<code> in src/i18n/strings/daily.ts).
 */
export type DailyWarningCode =
	| "noCourseStart"
	| "beforeCourseStart"
	| "notACourseDay"
	| "templateMissing"
	| "templateInvalid"
	| "unknownPlaceholders"
	| "duplicateDayNotes"
	| "numberingInferred"
	| "numberingConflict";

export interface DailyWarning {
	code: DailyWarningCode;
	params: Record<string, string | number>;
}

/** The message of each warning; both languages have every one (tests/i18n checks it). */
export const DAILY_WARNING_MESSAGES = {
	noCourseStart: "daily.warning.noCourseStart",
	beforeCourseStart: "daily.warning.beforeCourseStart",
	notACourseDay: "daily.warning.notACourseDay",
	templateMissing: "daily.warning.templateMissing",
	templateInvalid: "daily.warning.templateInvalid",
	unknownPlaceholders: "daily.warning.unknownPlaceholders",
	duplicateDayNotes: "daily.warning.duplicateDayNotes",
	numberingInferred: "daily.warning.numberingInferred",
	numberingConflict: "daily.warning.numberingConflict",
} as const satisfies Record<DailyWarningCode, MessageKey>;

const COUNTING_NAMES: Record<string, MessageKey> = {
	"calendar-days": "daily.counting.calendarDays",
	weekdays: "daily.counting.weekdays",
	"weekdays-minus-holidays": "daily.counting.weekdaysMinusHolidays",
};

/** How a way of counting days is named in a sentence ("weekdays", "평일"). */
export function countingName(t: Translator, counting: DayCountingMode): string {
	return t(COUNTING_NAMES[counting]);
}

export function translateDailyWarning(t: Translator, warning: DailyWarning): string {
	const counting = COUNTING_NAMES[String(warning.params.counting)];
	const params = counting ? { ...warning.params, counting: t(counting) } : warning.params;
	return t(DAILY_WARNING_MESSAGES[warning.code], params);
}
