import { EXIT_FAILED, EXIT_USAGE, UsageError, type CliIo } from "./cli-io";
import type { CliCommand } from "./cli-command";
import { CLI_COMMANDS } from "./commands";
import { parseArgs } from "./parse-args";

function usage(commands: Record<string, CliCommand>): string {
	const lines = Object.entries(commands).map(([name, command]) => `  learning-log ${name} ${command.usage}`);
	return `Usage:\n${lines.join("\n")}\n`;
}

export async function runCli(argv: string[], io: CliIo, commands = CLI_COMMANDS): Promise<number> {
	const name = argv[0];
	if (!name || name === "--help" || name === "help") {
		io.stdout.write(usage(commands));
		return name ? 0 : EXIT_USAGE;
	}
	const command = commands[name];
	if (!command) {
		io.stderr.write(`Unknown command "${name}".\n${usage(commands)}`);
		return EXIT_USAGE;
	}
	try {
		return await command.run(parseArgs(argv, new Set(command.booleanFlags)), io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr.write(`${error.message}\nUsage: learning-log ${name} ${command.usage}\n`);
			return EXIT_USAGE;
		}
		io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT_FAILED;
	}
}
