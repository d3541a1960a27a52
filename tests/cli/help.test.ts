/**
 * @jest-environment node
 */
// Every command answers --help (and `learning-log help <command>`) with its usage on stdout and
// exit code 0, before looking at any other option: asking for help is never a usage error.
import { execFileSync } from "child_process";
import { resolve } from "path";
import { CLI_COMMANDS } from "../../src/cli/commands";
import type { CliIo } from "../../src/cli/cli-io";
import { runCli } from "../../src/cli/run-cli";

function capture() {
	const out = { stdout: "", stderr: "" };
	const io: CliIo = { stdout: { write: (text: string) => (out.stdout += text) }, stderr: { write: (text: string) => (out.stderr += text) }, env: {}, now: () => new Date("2021-08-13T10:00:00+09:00") };
	return { out, io };
}

describe.each(Object.entries(CLI_COMMANDS))("learning-log %s", (name, command) => {
	test.each([[[name, "--help"]], [[name, "-h"]], [[name, "--vault", "--help"]], [["help", name]]])("%j prints its usage and exits 0", async (argv) => {
		const { out, io } = capture();
		expect(await runCli(argv, io)).toBe(0);
		expect(out.stdout).toBe(`Usage: learning-log ${name} ${command.usage}\n`);
		expect(out.stderr).toBe("");
	});
});

test("learning-log --help lists every command and exits 0; no arguments is a usage error", async () => {
	const help = capture();
	expect(await runCli(["--help"], help.io)).toBe(0);
	for (const name of Object.keys(CLI_COMMANDS)) expect(help.out.stdout).toContain(`learning-log ${name} `);
	expect(await runCli([], capture().io)).toBe(2);
});

test("the built dist/cli.js answers new-day --help with exit 0", () => {
	const stdout = execFileSync(process.execPath, [resolve(__dirname, "../../dist/cli.js"), "new-day", "--help"], { encoding: "utf8", env: { PATH: process.env.PATH } });
	expect(stdout).toBe(`Usage: learning-log new-day ${CLI_COMMANDS["new-day"].usage}\n`);
});
