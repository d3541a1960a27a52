import { UsageError } from "./cli-io";

export interface ParsedArgs {
	command: string;
	options: Record<string, string | true>;
	positional: string[];
}

/** `cmd --key value --flag pos` → { command, options: { key: "value", flag: true }, positional }. */
export function parseArgs(argv: string[], booleanFlags: ReadonlySet<string>): ParsedArgs {
	const [command = "", ...rest] = argv;
	const options: Record<string, string | true> = {};
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (!arg.startsWith("--")) {
			positional.push(arg);
			continue;
		}
		const [name, inlineValue] = arg.slice(2).split(/=(.*)/s, 2);
		if (booleanFlags.has(name)) {
			options[name] = true;
		} else if (inlineValue !== undefined) {
			options[name] = inlineValue;
		} else {
			const value = rest[i + 1];
			if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
			options[name] = value;
			i++;
		}
	}
	return { command, options, positional };
}

export function requireOption(args: ParsedArgs, name: string): string {
	const value = args.options[name];
	if (typeof value !== "string" || value === "") throw new UsageError(`--${name} is required`);
	return value;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
	const value = args.options[name];
	return typeof value === "string" ? value : undefined;
}

/** Rejects options the command does not know, so a typo is not silently ignored. */
export function rejectUnknownOptions(args: ParsedArgs, known: readonly string[]): void {
	const unknown = Object.keys(args.options).filter((name) => !known.includes(name));
	if (unknown.length > 0) throw new UsageError(`unknown option ${unknown.map((n) => `--${n}`).join(", ")}`);
}
