import type { CliIo } from "./cli-io";
import type { ParsedArgs } from "./parse-args";

export interface CliCommand {
	/** The part after `learning-log <name>`, shown in usage messages. */
	usage: string;
	booleanFlags: readonly string[];
	run(args: ParsedArgs, io: CliIo): Promise<number>;
}
