import { bootcampDateOf } from "../../daily/local-date";
import { updateDayTopics } from "../../team/update-topics";
import { EXIT_FAILED, EXIT_OK } from "../cli-io";
import type { CliCommand } from "../cli-command";
import { openVault } from "../vault-context";
import { readVaultDateOptions } from "./vault-date-options";

/** `learning-log update-topics`: refreshes the topics block of a day note; prints its path. */
export const updateTopicsCommand: CliCommand = {
	usage: "--vault <dir> [--date YYYY-MM-DD]",
	booleanFlags: [],
	async run(args, io) {
		const { root, date } = readVaultDateOptions(args, io);
		const vault = await openVault(root, io.env);
		const { t } = vault;
		const settings = vault.data.settings;
		const day = date ?? bootcampDateOf(io.now(), settings.daily.dayStartHour);
		const result = await updateDayTopics(vault.store, settings, day);
		if (result.status === "no-day-note") {
			io.stderr.write(`${t("team.notice.noDayNote", { date: result.date })}\n`);
			return EXIT_FAILED;
		}
		if (result.status === "broken-block") {
			io.stderr.write(`${t("team.notice.brokenBlock", { path: result.path })}\n`);
			return EXIT_FAILED;
		}
		const key = result.status === "unchanged" ? "team.notice.topicsUnchanged" : "team.notice.topicsUpdated";
		io.stderr.write(`${t(key, { count: result.topics.length })}\n`);
		io.stdout.write(`${result.path}\n`);
		return EXIT_OK;
	},
};
