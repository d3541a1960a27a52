import { createOrOpenDayNote } from "../../daily/create-day-note";
import { translateDailyWarning } from "../../daily/daily-warnings";
import { isIsoDate } from "../../daily/local-date";
import { createTranslator, pickLanguage } from "../../i18n/translator";
import { teamPlaceholders } from "../../team/team-placeholders";
import type { CliCommand } from "../cli-command";
import { EXIT_OK, UsageError } from "../cli-io";
import { optionalString, rejectUnknownOptions, requireOption } from "../parse-args";
import { openVault } from "../vault-context";

/**
 * `learning-log new-day --vault <dir> [--date YYYY-MM-DD]`: the plugin's "New bootcamp day" on a
 * vault folder. stdout gets only the note's path (for scripts); what happened goes to stderr.
 */
export const newDayCommand: CliCommand = {
	usage: "--vault <dir> [--date YYYY-MM-DD]",
	booleanFlags: [],
	async run(args, io) {
		rejectUnknownOptions(args, ["vault", "date"]);
		if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
		const root = requireOption(args, "vault");
		const date = optionalString(args, "date");
		const language = pickLanguage(io.env.LEARNING_LOG_LANG ?? io.env.LANG);
		// Checked before the vault is opened: a typo is a usage error whatever the vault holds.
		if (date !== undefined && !isIsoDate(date)) throw new UsageError(createTranslator(language)("daily.cli.invalidDate", { value: date }));
		const vault = await openVault(root, io.env);
		const result = await createOrOpenDayNote(vault.store, {
			settings: vault.data.settings.daily,
			now: new Date(),
			date,
			language,
			extraPlaceholders: teamPlaceholders(vault.store, vault.data.settings),
		});
		for (const warning of result.warnings) io.stderr.write(`${translateDailyWarning(vault.t, warning)}\n`);
		io.stderr.write(`${vault.t(result.created ? "daily.cli.created" : "daily.cli.existing", { path: result.path })}\n`);
		io.stdout.write(`${result.path}\n`);
		return EXIT_OK;
	},
};
