import { isIsoDate } from "../../daily/local-date";
import { pickLanguage } from "../../i18n/translator";
import { weekReviewLabels } from "../../team/week-review-labels";
import { createWeekReview } from "../../team/week-review-service";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import type { CliCommand } from "../cli-command";
import { optionalString, rejectUnknownOptions, requireOption } from "../parse-args";
import { openVault } from "../vault-context";

/** `learning-log new-week`: the week review of the course week holding the date; prints its path. */
export const newWeekCommand: CliCommand = {
	usage: "--vault <dir> [--date YYYY-MM-DD]",
	booleanFlags: [],
	async run(args, io) {
		rejectUnknownOptions(args, ["vault", "date"]);
		const root = requireOption(args, "vault");
		const date = optionalString(args, "date");
		if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
		const vault = await openVault(root, io.env);
		const { t } = vault;
		const result = await createWeekReview(vault.store, vault.data.settings, weekReviewLabels(vault.data.settings.daily, pickLanguage(io.env.LEARNING_LOG_LANG ?? io.env.LANG)), new Date(), date);
		if (result.status === "no-course-start" || result.status === "before-course-start") {
			io.stderr.write(`${result.status === "no-course-start" ? t("team.notice.noCourseStart") : t("team.notice.beforeCourseStart", { date: result.date })}\n`);
			return EXIT_FAILED;
		}
		if (result.status === "exists") io.stderr.write(`${t("team.notice.weekExists", { week: result.week, path: result.path })}\n`);
		if (result.status === "created" && result.missingDates.length > 0) {
			io.stderr.write(`${t("team.notice.missingDays", { dates: result.missingDates.join(", ") })}\n`);
		}
		if (result.status === "created" && result.withoutRetrospective.length > 0) {
			io.stderr.write(`${t("team.notice.noRetrospective", { dates: result.withoutRetrospective.join(", ") })}\n`);
		}
		io.stdout.write(`${result.path}\n`);
		return EXIT_OK;
	},
};
