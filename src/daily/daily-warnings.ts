import type { MessageKey, Translator } from "../i18n/translator";

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
	| "duplicateDayNotes";

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
} as const satisfies Record<DailyWarningCode, MessageKey>;

export function translateDailyWarning(t: Translator, warning: DailyWarning): string {
	return t(DAILY_WARNING_MESSAGES[warning.code], warning.params);
}
