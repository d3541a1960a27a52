import type { CliCommand } from "../cli-command";

/** Every subcommand of `learning-log`; each lives in its own file beside this one. */
export const CLI_COMMANDS: Record<string, CliCommand> = {
};
