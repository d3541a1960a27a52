import type { Translator } from "../i18n/translator";
import type { WeekReviewLabels } from "./week-review";

/** The week review's headings in the user's language (plugin and CLI alike). */
export function weekReviewLabels(t: Translator): WeekReviewLabels {
	return {
		daysHeading: t("team.week.daysHeading"),
		retrospectivesHeading: t("team.week.retrospectivesHeading"),
		closingHeading: t("team.week.closingHeading"),
		weekdayNames: t("team.week.weekdays").split(","),
		noRetrospective: t("team.week.noRetrospective"),
	};
}
