export interface CliIo {
	stdout: { write(text: string): unknown };
	stderr: { write(text: string): unknown };
	env: Record<string, string | undefined>;
	/** The clock that decides "today": the machine's in the command line, a fixed one in tests. */
	now(): Date;
}

/** Exit codes shared by every subcommand. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UsageError";
	}
}
