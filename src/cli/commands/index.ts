import type { CliCommand } from "../cli-command";
import { publishCommand } from "./publish";

/** Every subcommand of `learning-log`; each lives in its own file beside this one. */
export const CLI_COMMANDS: Record<string, CliCommand> = {
	publish: publishCommand,
};
