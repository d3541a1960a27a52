/** @jest-environment node */
import { execFileSync } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/run-cli";
import { renderTopicsBlock } from "../../src/team/topics-block";

const repo = join(__dirname, "..", "..");
let scratch: string;

beforeEach(() => {
	scratch = mkdtempSync(join(tmpdir(), "learning-log-team-"));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

let clock = new Date("2021-08-13T21:00:00+09:00");
beforeEach(() => (clock = new Date("2021-08-13T21:00:00+09:00")));

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const code = await runCli(argv, {
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
		env: { LEARNING_LOG_LANG: "ko" },
		now: () => clock,
	});
	return { code, stdout, stderr };
}

function copyExampleVault(): string {
	const vault = join(scratch, "vault");
	cpSync(join(repo, "examples", "vault"), vault, { recursive: true });
	return vault;
}

function writeVault(files: Record<string, string>, data: unknown): string {
	const vault = join(scratch, "vault");
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(vault, path, ".."), { recursive: true });
		writeFileSync(join(vault, path), text);
	}
	mkdirSync(join(vault, ".obsidian", "plugins", "learning-log"), { recursive: true });
	writeFileSync(join(vault, ".obsidian", "plugins", "learning-log", "data.json"), JSON.stringify(data));
	return vault;
}

/** Sets a file's change time to a KST wall-clock moment. */
function touch(vault: string, path: string, kst: string): void {
	const moment = new Date(`${kst}+09:00`);
	utimesSync(join(vault, path), moment, moment);
}

describe("learning-log new-week", () => {
	test("writes the week 2 review of the example vault and prints its path", async () => {
		const vault = copyExampleVault();
		const result = await cli("new-week", "--vault", vault, "--date", "2021-08-12");
		expect(result).toMatchObject({ code: 0, stdout: "weekly/Week 2.md\n" });
		expect(result.stderr).toBe("학습일 노트가 없는 날: 2021-08-13\n");
		const text = readFileSync(join(vault, "weekly", "Week 2.md"), "utf8");
		expect(text).toMatch(/^---\ntitle: "\[boostcourse\] Week 2 회고"\ndate: 2021-08-12 \d\d:\d\d:\d\d \+0900\n/);
		for (const day of ["2021-08-09", "2021-08-10", "2021-08-11", "2021-08-12"]) {
			expect(text).toContain(`- [[${day}]] [boostcourse] Day`);
			expect(text).toContain(`![[${day}#회고]]`);
		}
		expect(text).toContain("### 2021-08-10 (화)");

		const again = await cli("new-week", "--vault", vault, "--date", "2021-08-13");
		expect(again).toEqual({ code: 0, stdout: "weekly/Week 2.md\n", stderr: "2주차 회고가 이미 있습니다: weekly/Week 2.md\n" });
		expect(readFileSync(join(vault, "weekly", "Week 2.md"), "utf8")).toBe(text);
	});

	test("a week across New Year with missing days", async () => {
		const day = (title: string) => `---\ntitle: "${title}"\n---\n\n## 회고\n\n${title}\n`;
		const vault = writeVault(
			{
				"daily/2021-12-31.md": day("Day5"),
				"daily/2022-01-03.md": day("Day6"),
				"daily/2022-01-05.md": day("Day8"),
			},
			{ version: 1, daily: { courseStartDate: "2021-12-27", dayCounting: "weekdays-minus-holidays", holidays: ["2022-01-04"] } },
		);
		// Missing means a day gone by without a note: the clock stands after both weeks.
		clock = new Date("2022-01-08T12:00:00+09:00");
		const result = await cli("new-week", "--vault", vault, "--date", "2022-01-02");
		expect(result).toMatchObject({ code: 0, stdout: "weekly/Week 1.md\n" });
		expect(result.stderr).toBe("학습일 노트가 없는 날: 2021-12-27, 2021-12-28, 2021-12-29, 2021-12-30\n");
		const week2 = await cli("new-week", "--vault", vault, "--date", "2022-01-07");
		expect(week2.stdout).toBe("weekly/Week 2.md\n");
		expect(week2.stderr).toBe("학습일 노트가 없는 날: 2022-01-06, 2022-01-07\n");
		const text = readFileSync(join(vault, "weekly", "Week 2.md"), "utf8");
		expect(text).toContain("- [[2022-01-03]] Day6\n- [[2022-01-05]] Day8\n");
		expect(text).not.toContain("2021-12-31");
		expect(text).not.toContain("2022-01-04");
	});

	test("bad input is a usage error; a vault without a course start or notes gets calendar weeks", async () => {
		expect((await cli("new-week", "--vault", scratch, "--date", "2021-13-01")).code).toBe(2);
		expect((await cli("new-week", "--date", "2021-08-01")).code).toBe(2);
		const vault = writeVault({}, { version: 1, daily: { courseStartDate: "" } });
		const result = await cli("new-week", "--vault", vault, "--date", "2021-08-10");
		expect(result).toMatchObject({ code: 0, stdout: "weekly/Week 1.md\n" });
		expect(readFileSync(join(vault, "weekly", "Week 1.md"), "utf8")).toContain('title: "[boostcourse] Week 1 회고"');
	});
});

describe("learning-log update-topics", () => {
	test("honours the day-start hour and is idempotent on disk", async () => {
		const note = "---\ntitle: Day7\n---\n\n## 학습 내용\n\n- 메모\n\n## 회고\n";
		const vault = writeVault(
			{ "daily/2021-08-10.md": note, "topics/A.md": "a", "topics/B.md": "b", "topics/C.md": "c", "topics/D.md": "d" },
			{ version: 1, daily: { courseStartDate: "2021-08-02", dayStartHour: 4 } },
		);
		touch(vault, "topics/A.md", "2021-08-10T09:00:00");
		touch(vault, "topics/B.md", "2021-08-11T01:30:00"); // after midnight: still the 10th
		touch(vault, "topics/C.md", "2021-08-10T03:00:00"); // before 4 a.m.: the 9th
		touch(vault, "topics/D.md", "2021-08-11T05:00:00"); // the 11th

		const first = await cli("update-topics", "--vault", vault, "--date", "2021-08-10");
		expect(first).toEqual({ code: 0, stdout: "daily/2021-08-10.md\n", stderr: "오늘의 학습 주제를 갱신했습니다: 노트 2개.\n" });
		const text = readFileSync(join(vault, "daily", "2021-08-10.md"), "utf8");
		expect(text).toBe(note.replace("## 학습 내용\n", `## 학습 내용\n\n${renderTopicsBlock(["A", "B"])}\n`));

		const second = await cli("update-topics", "--vault", vault, "--date", "2021-08-10");
		expect(second.stderr).toBe("오늘의 학습 주제가 이미 최신입니다 (노트 2개).\n");
		expect(readFileSync(join(vault, "daily", "2021-08-10.md"), "utf8")).toBe(text);
	});
});

describe("learning-log new-day with the example team", () => {
	test("fills the moderator, the participants present and the topics block", async () => {
		const vault = copyExampleVault();
		const result = await cli("new-day", "--vault", vault, "--date", "2021-08-13");
		expect(result).toMatchObject({ code: 0, stdout: "daily/2021-08-13.md\n" });
		const text = readFileSync(join(vault, "daily", "2021-08-13.md"), "utf8");
		// The example team rotates from the course start (김민수 on Day6 … 최유진 on Day9); 박서준 is away on the 13th.
		expect(text).toContain("- 모더레이터: 정하늘\n- 참여자: 김민수, 이지은, 최유진, 정하늘\n");
		expect(text).toContain("## 학습 내용\n\n<!-- learning-log:topics -->\n<!-- /learning-log:topics -->\n");
		expect(text).not.toMatch(/\{\{/);

		touch(vault, "topics/RNN 기초.md", "2021-08-13T20:00:00");
		const update = await cli("update-topics", "--vault", vault, "--date", "2021-08-13");
		expect(update.code).toBe(0);
		expect(readFileSync(join(vault, "daily", "2021-08-13.md"), "utf8")).toBe(
			text.replace("<!-- learning-log:topics -->\n", "<!-- learning-log:topics -->\n- [[RNN 기초]]\n\n"),
		);
	});
});

describe("the built CLI", () => {
	test("dist/cli.js runs new-week", () => {
		const cliPath = join(repo, "dist", "cli.js");
		if (!existsSync(cliPath)) throw new Error("dist/cli.js is missing: run `npm test`, which builds it first.");
		const vault = copyExampleVault();
		const out = execFileSync(process.execPath, [cliPath, "new-week", "--vault", vault, "--date", "2021-08-09"], {
			encoding: "utf8",
			env: { ...process.env, LEARNING_LOG_LANG: "en" },
			stdio: ["ignore", "pipe", "pipe"],
		});
		expect(out).toBe("weekly/Week 2.md\n");
		expect(readFileSync(join(vault, "weekly", "Week 2.md"), "utf8")).toContain("## Days of the week");
	});
});
