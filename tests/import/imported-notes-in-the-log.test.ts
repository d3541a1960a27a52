// The imported notes count at once wherever the learning log looks: the sidebar view and its
// streak, `tree`, and the week reviews (a week of old daily posts fills its review).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/run-cli";
import { openView, rowTexts } from "../views/view-harness";
import { writeFixtureBlog } from "./fixture-blog";
import { filesUnder } from "./tree-files";

let work: string;
let vault: string;
let posts: string[];
// A Friday evening in Korea, the week after the first daily posts.
const clock = new Date("2021-08-13T21:00:00+09:00");

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const code = await runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { LEARNING_LOG_LANG: "en" }, now: () => clock });
	return { code, stdout, stderr };
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), "learning-log-imported-"));
	vault = join(work, "vault");
	mkdirSync(vault);
	posts = writeFixtureBlog(join(work, "site"));
	const imported = await cli("import", "--vault", vault, "--site", join(work, "site"));
	expect({ code: imported.code, stderr: imported.stderr }).toEqual({ code: 0, stderr: "" });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function importedNotes(): Record<string, string> {
	const notes: Record<string, string> = {};
	for (const [path, base64] of filesUnder(vault, (path) => path === ".obsidian")) if (path.endsWith(".md")) notes[path] = Buffer.from(base64, "base64").toString("utf8");
	return notes;
}

describe("imported notes in the learning log", () => {
	test("tree counts every imported post, by date and by category", async () => {
		for (const by of ["date", "category"]) {
			const result = await cli("tree", "--vault", vault, "--by", by, "--json");
			expect(result.code).toBe(0);
			expect((JSON.parse(result.stdout) as { count: number }).count).toBe(posts.length);
		}
		const byCategory = await cli("tree", "--vault", vault, "--by", "category");
		expect(byCategory.stdout).toMatch(/boostcamp \(12\)/);
		expect(byCategory.stdout).toMatch(/java \(2\)/);
	});

	test("the week review of the first daily posts links each day and quotes its retrospective", async () => {
		const result = await cli("new-week", "--vault", vault, "--date", "2021-08-04");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		const review = readFileSync(join(vault, result.stdout.trim()), "utf8");
		for (const [day, index] of [["2021-08-02", 1], ["2021-08-03", 2], ["2021-08-04", 3], ["2021-08-05", 4], ["2021-08-06", 5]] as const) {
			expect(review).toContain(`- [[${day}-day${index}]] [boostcourse] Day${index} 학습기록`);
			expect(review).toContain(`![[${day}-day${index}#회고]]`);
		}
	});

	test("the sidebar groups them by their categories and the streak counts their days", async () => {
		const h = await openView(importedNotes(), { today: () => "2021-08-12" });
		const rows = rowTexts(h);
		// Categories as lists and as strings alike; the newest first.
		expect(rows.slice(0, 3)).toEqual(["▾ 알고리즘 2", "  자료구조 2021-08-22", "  알고리즘 공부 2021-08-21"]);
		expect(rows).toEqual(expect.arrayContaining(["▾ 회고 1", "▾ blog 7", "▾ boostcamp 12"]));
		expect(h.view.contentEl.querySelector('[data-day="2021-08-10"]')?.getAttribute("aria-label")).toBe("2021-08-10: 1 note");
		// 08-09 to 08-12 in a row (the weekend before has no post).
		expect(h.view.contentEl.querySelector(".learning-log-streak-current")?.textContent).toBe("Current streak: 4 days");
		h.view.unload();
	});
});
