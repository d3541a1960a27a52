import { noteLanguage } from "../daily/create-day-note";
import type { DailySettings } from "../daily/daily-settings";
import { createTranslator, type Language } from "../i18n/translator";
import type { WeekReviewLabels } from "./week-review";

/**
 * The week review's headings, in the language of the day notes it gathers: the built-in
 * template's language, else the user's (the rule "New bootcamp day" follows).
 */
export function weekReviewLabels(daily: DailySettings, userLanguage: Language): WeekReviewLabels {
	const t = createTranslator(noteLanguage(daily, userLanguage));
	return {
		daysHeading: t("team.week.daysHeading"),
		retrospectivesHeading: t("team.week.retrospectivesHeading"),
		closingHeading: t("team.week.closingHeading"),
		weekdayNames: t("team.week.weekdays").split(","),
		noRetrospective: t("team.week.noRetrospective"),
	};
}
