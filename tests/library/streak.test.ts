import { currentRun, learningStreak, longestRun } from "../../src/library/streak";
import { ISO_WEEKS, SUNDAY_WEEKS } from "../../src/library/weeks";
import { publishStateSource } from "../../src/library/publish-state";
import fc from "fast-check";
import { isInScope, parseFolderList, scopeTest } from "../../src/library/folder-scope";

describe("learning streak", () => {
	const days = new Map([
		["2021-08-02", 1],
		["2021-08-03", 2],
		["2021-08-04", 1],
		["2021-08-09", 4],
		["2021-08-10", 1],
		["2021-08-11", 1],
		["2021-08-12", 2],
	]);

	test("current streak counts back from today, or from yesterday when today is still empty", () => {
		expect(learningStreak(days, "2021-08-12", SUNDAY_WEEKS).current).toBe(4);
		expect(learningStreak(days, "2021-08-13", SUNDAY_WEEKS).current).toBe(4);
		expect(learningStreak(days, "2021-08-14", SUNDAY_WEEKS).current).toBe(0);
		expect(currentRun(() => false, "2021-01-01")).toBe(0);
	});

	test("longest streak over all days, across month and year ends", () => {
		expect(learningStreak(days, "2021-08-20", SUNDAY_WEEKS).longest).toBe(4);
		expect(longestRun(["2020-12-30", "2020-12-31", "2021-01-01", "2021-02-28", "2021-03-01"])).toBe(3);
		expect(longestRun([])).toBe(0);
	});

	test("heat map: 12 weeks of 7 days ending in today's week, future days empty, levels relative", () => {
		const streak = learningStreak(days, "2021-08-12", ISO_WEEKS);
		expect(streak.weeks).toHaveLength(12);
		expect(streak.weeks.every((week) => week.length === 7)).toBe(true);
		const last = streak.weeks[11];
		expect(last[0].day).toBe("2021-08-09"); // Monday
		expect(last.map((c) => c.level)).toEqual([4, 1, 1, 2, 0, 0, 0]);
		expect(last.slice(4).every((c) => c.future)).toBe(true);
		expect(streak.weeks[0][0].day).toBe("2021-05-24");
		expect(streak.activeDays).toBe(7);
		const sunday = learningStreak(days, "2021-08-12", SUNDAY_WEEKS);
		expect(sunday.weeks[11][0].day).toBe("2021-08-08");
	});
});

describe("publish state adapter", () => {
	const entry = (extra: object) => ({ post: "_posts/2021-08-10-a.md", hash: "h", assets: [], ...extra });
	const manifest = (sites: Record<string, Record<string, object>>) => ({
		version: 1,
		sites: Object.fromEntries(Object.entries(sites).map(([key, notes]) => [key, { notes, sharedAssets: [] }])),
	});

	test("a manifest that cannot be read says unknown", () => {
		for (const raw of [42, "x", {}, { notes: 3 }, { version: 1, sites: { s: { notes: { "a.md": {} } } } }]) {
			const source = publishStateSource(raw);
			expect([source.known, source.stateOf("a.md", 1), source.urlOf("a.md")]).toEqual([false, "unknown", null]);
		}
	});

	test("nothing published yet: every note is never published", () => {
		expect(publishStateSource(null).stateOf("a.md", 1)).toBe("never");
	});

	test("the manifest tells never, published and changed, and the URL", () => {
		const source = publishStateSource(
			manifest({ "folder:/blog": { "a.md": entry({ sourceMtime: 10_000, url: "/dl/a/" }), "b.md": entry({}) } }),
		);
		expect(source.stateOf("a.md", 10_000)).toBe("published");
		expect(source.stateOf("a.md", 20_000)).toBe("changed");
		expect(source.stateOf("b.md", 20_000)).toBe("published");
		expect(source.stateOf("c.md", 1)).toBe("never");
		expect(source.urlOf("a.md")).toBe("/dl/a/");
	});

	test("with several sites, the latest publish of a note decides", () => {
		const source = publishStateSource(
			manifest({
				"folder:/blog": { "a.md": entry({ sourceMtime: 10_000, url: "/old/" }) },
				"github:me/me.github.io@main": { "a.md": entry({ sourceMtime: 30_000, url: "/new/" }) },
			}),
		);
		expect(source.stateOf("a.md", 20_000)).toBe("published");
		expect(source.urlOf("a.md")).toBe("/new/");
	});
});

describe("folder scope", () => {
	test("templates and attachments out, included folders only when set", () => {
		const scope = { includedFolders: [], excludedFolders: ["templates", "attachments/"] };
		expect(isInScope("templates/day.md", scope)).toBe(false);
		expect(isInScope("templates-old/day.md", scope)).toBe(true);
		expect(isInScope("topics/a.md", scope)).toBe(true);
		expect(isInScope("attachments/a.png", { includedFolders: [], excludedFolders: [] })).toBe(false);
		expect(isInScope("topics/a.md", { includedFolders: ["daily"], excludedFolders: [] })).toBe(false);
		expect(isInScope("daily/a.md", { includedFolders: ["daily"], excludedFolders: [] })).toBe(true);
		expect(parseFolderList(" templates, /attachments/\n\nDaily ")).toEqual(["templates", "attachments", "Daily"]);
	});
});

/** The scope rule written the plain way, folder by folder for each path: scopeTest must agree with it. */
function plainInScope(path: string, scope: { includedFolders: readonly string[]; excludedFolders: readonly string[] }): boolean {
	const clean = (folder: string) => folder.trim().replace(/^\/+|\/+$/g, "").toLowerCase();
	const inside = (folder: string) => clean(folder) !== "" && (path.toLowerCase() === clean(folder) || path.toLowerCase().startsWith(`${clean(folder)}/`));
	if (!path.toLowerCase().endsWith(".md")) return false;
	const included = scope.includedFolders.filter((folder) => clean(folder) !== "");
	if (included.length > 0 && !included.some(inside)) return false;
	return !scope.excludedFolders.some(inside);
}

describe("scopeTest", () => {
	test("answers as the plain scope rule for any path and folders", () => {
		const folder = fc.constantFrom("templates", "Templates/", " /daily/ ", "", "/", "a/b", "A", "topics/Python");
		const path = fc.constantFrom("templates/day.md", "Templates/Day.MD", "daily/2021-08-10.md", "a/b/c.md", "a/bc.md", "A.md", "a.md", "topics/python/x.md", "x.png", "templates");
		fc.assert(
			fc.property(fc.array(folder, { maxLength: 3 }), fc.array(folder, { maxLength: 3 }), fc.array(path, { maxLength: 10 }), (includedFolders, excludedFolders, paths) => {
				const scope = { includedFolders, excludedFolders };
				const test = scopeTest(scope);
				for (const p of paths) expect(test(p)).toBe(plainInScope(p, scope));
			}),
			{ numRuns: 2000 },
		);
	});
});
