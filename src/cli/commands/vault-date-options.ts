import { isIsoDate } from "../../daily/local-date";
import { createTranslator, pickLanguage, type Language } from "../../i18n/translator";
import { UsageError, type CliIo } from "../cli-io";
import type { ParsedArgs } from "../parse-args";
import { optionalString, rejectUnknownOptions, requireOption } from "../parse-args";

export interface VaultDateOptions {
	root: string;
	/** YYYY-MM-DD, or undefined for today's bootcamp day. */
	date: string | undefined;
	language: Language;
}

/**
 * `--vault <dir> [--date YYYY-MM-DD]`, shared by the day commands. Checked before the vault is
 * opened: a typo is a usage error whatever the vault holds.
 */
export function readVaultDateOptions(args: ParsedArgs, io: CliIo): VaultDateOptions {
	rejectUnknownOptions(args, ["vault", "date"]);
	if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
	const root = requireOption(args, "vault");
	const date = optionalString(args, "date");
	const language = pickLanguage(io.env.LEARNING_LOG_LANG ?? io.env.LANG);
	if (date !== undefined && !isIsoDate(date)) throw new UsageError(createTranslator(language)("daily.cli.invalidDate", { value: date }));
	return { root, date, language };
}
