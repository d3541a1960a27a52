import type { CliCommand } from "../cli-command";
import { importCommand } from "./import";
import { newDayCommand } from "./new-day";
import { newWeekCommand } from "./new-week";
import { publishCommand } from "./publish";
import { treeCommand } from "./tree";
import { updateTopicsCommand } from "./update-topics";

/** Every subcommand of `learning-log`; each lives in its own file beside this one. */
export const CLI_COMMANDS: Record<string, CliCommand> = {
	"new-day": newDayCommand,
	tree: treeCommand,
	publish: publishCommand,
	"new-week": newWeekCommand,
	"update-topics": updateTopicsCommand,
	import: importCommand,
};
