import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/run-cli";

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { LANG: "en_US.UTF-8" }, now: () => new Date("2021-08-13T21:00:00+09:00") };
	const code = await runCli(args, io);
	return { code, stdout, stderr };
}

describe("learning-log tree", () => {
	const vault = "examples/vault";

	test("by category: indented groups with counts, templates left out", async () => {
		const { code, stdout } = await run(["tree", "--vault", vault, "--by", "category"]);
		expect(code).toBe(0);
		const lines = stdout.split("\n");
		expect(lines[0]).toBe("12 notes");
		expect(lines.filter((l) => !l.startsWith(" "))).toEqual([
			"12 notes",
			"boostcourse (4)",
			"Computer Science (1)",
			"DL (5)",
			"Python (1)",
			"PyTorch (1)",
			"",
		]);
		expect(stdout).toContain("  2021-08-10  [boostcourse] Day7 학습기록\n");
		expect(stdout).not.toContain("{{title}}");
	});

	test("by tag: nested tags and inline tags, but not `#notatag` inside code", async () => {
		const { stdout } = await run(["tree", "--vault", vault, "--by", "tag"]);
		expect(stdout).toMatch(/^ai \(\d+\)$/m);
		expect(stdout).toContain("  vision (1)\n    2021-08-11  CNN 기초\n");
		expect(stdout).not.toContain("notatag");
	});

	test("by date as JSON: the same tree, machine-readable", async () => {
		const { code, stdout } = await run(["tree", "--vault", vault, "--by", "date", "--json"]);
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.count).toBe(12);
		expect(json.groups[0]).toMatchObject({ label: "2021", count: 12 });
		const month = json.groups[0].groups[0];
		expect(month.label).toBe("August 2021");
		const days = month.groups.flatMap((week: { groups: { label: string; count: number }[] }) => week.groups.map((d) => `${d.label}:${d.count}`));
		expect(days).toEqual(["Thu 8/12:3", "Wed 8/11:2", "Tue 8/10:3", "Mon 8/9:4"]);
	});

	test("bad --by is a usage error; a broken note is listed by name with a warning", async () => {
		expect((await run(["tree", "--vault", vault, "--by", "folder"])).code).toBe(2);
		expect((await run(["tree", "--vault", vault])).code).toBe(2);
		const scratch = mkdtempSync(join(tmpdir(), "tree-"));
		try {
			cpSync(vault, scratch, { recursive: true });
			writeFileSync(join(scratch, "topics", "Broken.md"), "---\ntitle: Re: x: y\n---\nbody #ok\n");
			const { code, stdout, stderr } = await run(["tree", "--vault", scratch, "--by", "tag"]);
			expect(code).toBe(0);
			expect(stderr).toContain("topics/Broken.md");
			expect(stdout).toContain("ok (1)\n  ");
			expect(stdout).toMatch(/ok \(1\)\n\s+\d{4}-\d{2}-\d{2} {2}Broken\n/);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	test("a vault with no saved settings: the templates folder its options name stays out, as in the view", async () => {
		const scratch = mkdtempSync(join(tmpdir(), "tree-"));
		try {
			mkdirSync(join(scratch, ".obsidian"));
			mkdirSync(join(scratch, "Templates"));
			mkdirSync(join(scratch, "daily"));
			writeFileSync(join(scratch, ".obsidian", "core-plugins.json"), JSON.stringify(["templates", "daily-notes"]));
			writeFileSync(join(scratch, ".obsidian", "templates.json"), JSON.stringify({ folder: "Templates" }));
			writeFileSync(join(scratch, "Templates", "Day.md"), "---\ntitle: \"{{title}}\"\ndate: 2021-08-01\n---\n");
			writeFileSync(join(scratch, "daily", "2021-08-10.md"), "---\ntitle: Day 1\ndate: 2021-08-10\n---\nbody\n");
			const { code, stdout } = await run(["tree", "--vault", scratch, "--by", "date", "--json"]);
			expect(code).toBe(0);
			const json = JSON.parse(stdout);
			expect(json.count).toBe(1);
			expect(stdout).not.toContain("{{title}}");
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});
});
