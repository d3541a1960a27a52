import type { CliCommand } from "../cli-command";
import { EXIT_OK, UsageError } from "../cli-io";
import { rejectUnknownOptions, requireOption } from "../parse-args";
import { openVault } from "../vault-context";
import { LibraryIndex } from "../../library/library-index";
import type { GroupingMode } from "../../library/library-settings";
import { readVaultFacts } from "../../library/read-vault-facts";
import { outlineOf, outlineText } from "../../library/tree-outline";
import { weekRuleFor, weekRuleFromLocaleName } from "../../library/weeks";
import { GROUPING_MODES } from "../../library/group-keys";

/** `learning-log tree`: the learning log view's grouping, printed by the same index. */
export const treeCommand: CliCommand = {
	usage: "--vault <dir> --by category|tag|date|category-date|tag-date [--json]",
	booleanFlags: ["json"],
	async run(args, io) {
		rejectUnknownOptions(args, ["vault", "by", "json"]);
		const root = requireOption(args, "vault");
		const by = requireOption(args, "by");
		if (!(GROUPING_MODES as readonly string[]).includes(by)) {
			throw new UsageError(`--by must be one of ${GROUPING_MODES.join(", ")}, not "${by}"`);
		}
		// Read only: the day notes' habits are not looked for (nothing is saved).
		const context = await openVault(root, io.env, { libraryOnly: true });
		const settings = context.data.settings.library;
		const { facts, problems } = await readVaultFacts(context.store, settings);
		for (const problem of problems) io.stderr.write(`${context.t("library.cli.frontMatterProblem", problem)}\n`);
		const weekRule = weekRuleFor(settings.weekStart, weekRuleFromLocaleName(io.env.LANG));
		const index = new LibraryIndex({ mode: by as GroupingMode, sort: settings.sort, weekRule }, facts);
		const outline = outlineOf(index, context.t);
		if (args.options.json === true) {
			io.stdout.write(`${JSON.stringify({ by, count: index.size, groups: outline }, null, 2)}\n`);
		} else {
			io.stdout.write(`${context.t("library.cli.total", { count: index.size })}\n${outlineText(outline)}`);
		}
		return EXIT_OK;
	},
};
