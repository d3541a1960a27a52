import { EXIT_FAILED, EXIT_USAGE, UsageError, type CliIo } from "./cli-io";
import type { CliCommand } from "./cli-command";
import { CLI_COMMANDS } from "./commands";
import { parseArgs } from "./parse-args";
import { useSyncBlobHasher } from "../publish/targets/git-blob-hash";
import { nodeGitBlobHash } from "../node/node-blob-hash";

function usage(commands: Record<string, CliCommand>): string {
	const lines = Object.entries(commands).map(([name, command]) => `  learning-log ${name} ${command.usage}`);
	return `Usage:\n${lines.join("\n")}\n`;
}

const HELP_FLAGS = ["--help", "-h"];

export async function runCli(argv: string[], io: CliIo, commands = CLI_COMMANDS): Promise<number> {
	// Node's own SHA-1 for the blob ids of every published file (the plugin keeps WebCrypto).
	useSyncBlobHasher(nodeGitBlobHash);
	// `learning-log help new-day` is `learning-log new-day --help`.
	if (argv[0] === "help" && argv[1] !== undefined) argv = [argv[1], "--help"];
	const name = argv[0];
	if (!name || HELP_FLAGS.includes(name) || name === "help") {
		io.stdout.write(usage(commands));
		return name ? 0 : EXIT_USAGE;
	}
	const command = commands[name];
	if (!command) {
		io.stderr.write(`Unknown command "${name}".\n${usage(commands)}`);
		return EXIT_USAGE;
	}
	// Asking for help is never a usage error, whatever else is on the line.
	if (argv.slice(1).some((arg) => HELP_FLAGS.includes(arg))) {
		io.stdout.write(`Usage: learning-log ${name} ${command.usage}\n`);
		return 0;
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
