/** @jest-environment node */
import { execFile } from "child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { promisify } from "util";
import matter from "gray-matter";
import { runCli } from "../../src/cli/run-cli";

const exampleVault = resolve(__dirname, "../../examples/vault");
const cliJs = resolve(__dirname, "../../dist/cli.js");
/** The commands' clock: a Friday evening of the example course, in Korea. */
const NOW = new Date("2021-08-13T21:00:00+09:00");
let scratch: string;
let vault: string;

beforeEach(() => {
	scratch = mkdtempSync(join(tmpdir(), "learning-log-new-day-"));
	vault = join(scratch, "vault");
	cpSync(exampleVault, vault, { recursive: true });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string | undefined> = { LANG: "en_US.UTF-8" }) {
	let stdout = "";
	let stderr = "";
	const code = await runCli(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env, now: () => NOW });
	return { code, stdout, stderr };
}

describe("learning-log new-day", () => {
	test("creates the day from the vault's settings and template, printing its path", async () => {
		const result = await run(["new-day", "--vault", vault, "--date", "2021-08-13"]);
		expect(result).toEqual({ code: 0, stdout: "daily/2021-08-13.md\n", stderr: "Created daily/2021-08-13.md\n" });
		const text = readFileSync(join(vault, "daily/2021-08-13.md"), "utf8");
		const note = matter(text, {});
		// data.json: course start 2021-08-02, weekdays, templates/bootcamp-day.md
		expect(note.data).toMatchObject({
			title: "[boostcourse] Day10 학습기록",
			excerpt: "boostcourse 10일차 학습기록",
			categories: ["boostcourse"],
			tags: ["boostcamp", "학습기록"],
			date: "2021-08-13 21:30:00 +0900",
			publish: false,
			toc: true,
		});
		expect(note.content).toContain("← 이전 날: [[daily/2021-08-12|2021-08-12]] | 다음 날:  →");
		expect(note.content).toContain("boostcourse Day10 학습을 마치며");
		expect(text).not.toContain("{{");
	});

	test("a second run finds the note, changes nothing, exits 0 and says so", async () => {
		await run(["new-day", "--vault", vault, "--date", "2021-08-13"]);
		const before = readFileSync(join(vault, "daily/2021-08-13.md"));
		const again = await run(["new-day", "--vault", vault, "--date", "2021-08-13"]);
		expect(again).toEqual({ code: 0, stdout: "daily/2021-08-13.md\n", stderr: "Already exists, not changed: daily/2021-08-13.md\n" });
		expect(readFileSync(join(vault, "daily/2021-08-13.md")).equals(before)).toBe(true);
	});

	test("an existing day under another name is found by its front matter date", async () => {
		const existing = readFileSync(join(vault, "daily/2021-08-12.md"));
		rmSync(join(vault, "daily/2021-08-12.md"));
		writeFileSync(join(vault, "daily/학습기록 (동기화).md"), existing);
		const result = await run(["new-day", "--vault", vault, "--date", "2021-08-12"]);
		expect(result).toMatchObject({ code: 0, stdout: "daily/학습기록 (동기화).md\n" });
		expect(readdirSync(join(vault, "daily")).sort()).toEqual(["2021-08-09.md", "2021-08-10.md", "2021-08-11.md", "학습기록 (동기화).md"]);
	});

	test("without --date, today's bootcamp day by the command's clock; messages in Korean with a Korean LANG", async () => {
		const result = await run(["new-day", "--vault", vault], { LANG: "ko_KR.UTF-8" });
		expect(result.code).toBe(0);
		const path = result.stdout.trim();
		expect(path).toBe("daily/2021-08-13.md");
		expect(existsSync(join(vault, path))).toBe(true);
		expect(result.stderr).toContain(`${path}를 만들었습니다`);
	});

	test("a missing template note is a warning on stderr, not a failure", async () => {
		rmSync(join(vault, "templates/bootcamp-day.md"));
		const result = await run(["new-day", "--vault", vault, "--date", "2021-08-13"]);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("Template note not found: templates/bootcamp-day.md. The built-in template was used instead.\nCreated daily/2021-08-13.md\n");
	});

	test.each([
		[["new-day", "--vault", "VAULT", "--date", "2021-08-32"], "--date must be a date written YYYY-MM-DD: 2021-08-32"],
		[["new-day", "--vault", "VAULT", "--date", "13.08.2021"], "--date must be a date written YYYY-MM-DD"],
		[["new-day"], "--vault is required"],
		[["new-day", "--vault", "VAULT", "--dat", "2021-08-13"], "unknown option --dat"],
		[["new-day", "--vault", "VAULT", "extra"], "unexpected argument extra"],
	])("usage error %j exits 2 and writes nothing", async (args, message) => {
		const result = await run(args.map((arg) => (arg === "VAULT" ? vault : arg)));
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain("Usage: learning-log new-day --vault <dir> [--date YYYY-MM-DD]");
		expect(readdirSync(join(vault, "daily"))).toHaveLength(4);
	});

	test("a vault that does not exist or a broken data.json exits 1", async () => {
		expect((await run(["new-day", "--vault", join(scratch, "nope"), "--date", "2021-08-13"])).code).toBe(1);
		writeFileSync(join(vault, ".obsidian/plugins/learning-log/data.json"), "{ not json");
		const broken = await run(["new-day", "--vault", vault, "--date", "2021-08-13"]);
		expect(broken.code).toBe(1);
		expect(broken.stderr).toContain("not valid JSON");
		expect(existsSync(join(vault, "daily/2021-08-13.md"))).toBe(false);
	});

	test("the built binary does the same end to end", async () => {
		if (!existsSync(cliJs)) throw new Error("dist/cli.js is missing: run `npm test`, which builds it first.");
		const env = { ...process.env, LANG: "en_US.UTF-8", TZ: "Asia/Seoul" };
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [cliJs, "new-day", "--vault", vault, "--date", "2021-08-16"], { env });
		expect(stdout).toBe("daily/2021-08-16.md\n");
		expect(stderr).toBe("Created daily/2021-08-16.md\n");
		const note = matter(readFileSync(join(vault, "daily/2021-08-16.md"), "utf8"), {});
		expect(note.data.title).toBe("[boostcourse] Day11 학습기록");
		expect(note.content).toContain("[[daily/2021-08-12|2021-08-12]]");
		const failed = await promisify(execFile)(process.execPath, [cliJs, "new-day", "--vault", vault, "--date", "x"], { env }).catch((error: { code: number }) => error);
		expect((failed as { code: number }).code).toBe(2);
	});
});
