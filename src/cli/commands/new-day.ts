import { createOrOpenDayNote } from "../../daily/create-day-note";
import { translateDailyWarning } from "../../daily/daily-warnings";
import { readTemplateFormats } from "../../daily/vault-daily-config";
import { teamPlaceholders } from "../../team/team-placeholders";
import type { CliCommand } from "../cli-command";
import { EXIT_OK } from "../cli-io";
import { openVault } from "../vault-context";
import { readVaultDateOptions } from "./vault-date-options";

/**
 * `learning-log new-day --vault <dir> [--date YYYY-MM-DD]`: the plugin's "New bootcamp day" on a
 * vault folder. stdout gets only the note's path (for scripts); what happened goes to stderr.
 */
export const newDayCommand: CliCommand = {
	usage: "--vault <dir> [--date YYYY-MM-DD]",
	booleanFlags: [],
	async run(args, io) {
		const { root, date, language } = readVaultDateOptions(args, io);
		const vault = await openVault(root, io.env);
		const result = await createOrOpenDayNote(vault.store, {
			settings: vault.data.settings.daily,
			now: io.now(),
			date,
			language,
			extraPlaceholders: teamPlaceholders(vault.store, vault.data.settings),
			templateFormats: await readTemplateFormats(vault.readConfig),
		});
		for (const warning of result.warnings) io.stderr.write(`${translateDailyWarning(vault.t, warning)}\n`);
		io.stderr.write(`${vault.t(result.created ? "daily.cli.created" : "daily.cli.existing", { path: result.path })}\n`);
		io.stdout.write(`${result.path}\n`);
		return EXIT_OK;
	},
};
