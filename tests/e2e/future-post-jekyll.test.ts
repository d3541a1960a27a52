/** @jest-environment node */
// A note dated far in the future publishes with a warning, and a link to it from another post
// stays text: Jekyll skips future posts, and a post_url to one would fail the whole build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createSite, jekyllBuild, publish, requireTools } from "./jekyll-site";

let work: string;

beforeAll(() => {
	requireTools();
	work = mkdtempSync(join(tmpdir(), "learning-log-future-"));
});

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

test("a post dated 2999-12-31 and a link to it: published with warnings, and jekyll build succeeds", () => {
	const vault = join(work, "vault");
	const site = join(work, "site");
	mkdirSync(join(vault, ".obsidian/plugins/learning-log"), { recursive: true });
	writeFileSync(join(vault, "Plan.md"), "---\npublish: true\ndate: 2999-12-31\n---\nThe far future.\n");
	writeFileSync(join(vault, "Today.md"), "---\npublish: true\ndate: 2021-08-10\n---\nSee [[Plan]] and [the plan](Plan.md).\n");
	createSite(site, "");
	const result = publish(vault, site);
	expect(result.status).toBe(0);
	const byNote = new Map(result.report.notes.map((note) => [note.source, note.warnings.map((warning) => warning.code)]));
	expect(byNote.get("Plan.md")).toContain("future-date");
	expect(byNote.get("Today.md")).toContain("future-link");
	const today = readFileSync(join(site, "_posts/2021-08-10-today.md"), "utf8");
	expect(today).not.toContain("post_url");
	expect(today).toContain("See Plan and the plan.");
	const build = jekyllBuild(site);
	expect(build.output).not.toMatch(/error/i);
	expect(build.status).toBe(0);
});
