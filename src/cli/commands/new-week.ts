import { importedNotePaths } from "../../import/imported-notes";
import { weekReviewLabels } from "../../team/week-review-labels";
import { createWeekReview } from "../../team/week-review-service";
import { EXIT_FAILED, EXIT_OK } from "../cli-io";
import type { CliCommand } from "../cli-command";
import { openVault } from "../vault-context";
import { readVaultDateOptions } from "./vault-date-options";

/** `learning-log new-week`: the week review of the course week holding the date; prints its path. */
export const newWeekCommand: CliCommand = {
	usage: "--vault <dir> [--date YYYY-MM-DD]",
	booleanFlags: [],
	async run(args, io) {
		const { root, date, language } = readVaultDateOptions(args, io);
		const vault = await openVault(root, io.env);
		const { t } = vault;
		const result = await createWeekReview(vault.store, vault.data.settings, weekReviewLabels(vault.data.settings.daily, language), io.now(), date, importedNotePaths(vault.data.publishManifest));
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
