import { currentRun, learningStreak, longestRun } from "../../src/library/streak";
import { ISO_WEEKS, SUNDAY_WEEKS } from "../../src/library/weeks";
import { publishStateSource } from "../../src/library/publish-state";
import { isInScope, parseFolderList } from "../../src/library/folder-scope";

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
	test("an unknown or missing manifest says unknown", () => {
		for (const manifest of [null, 42, "x", {}, { notes: 3 }]) {
			const source = publishStateSource(manifest);
			expect([source.known, source.stateOf("a.md", 1), source.urlOf("a.md")]).toEqual([false, "unknown", null]);
		}
	});

	test("a manifest by path tells never, published and changed, and the URL", () => {
		const source = publishStateSource({ notes: { "a.md": { sourceMtime: 10_000, url: "https://me.github.io/a/" }, "b.md": {} } });
		expect(source.stateOf("a.md", 10_000)).toBe("published");
		expect(source.stateOf("a.md", 20_000)).toBe("changed");
		expect(source.stateOf("b.md", 20_000)).toBe("published");
		expect(source.stateOf("c.md", 1)).toBe("never");
		expect(source.urlOf("a.md")).toBe("https://me.github.io/a/");
	});

	test("a list of entries with source paths and ISO dates works too", () => {
		const source = publishStateSource({ entries: [{ source: "a.md", publishedAt: "2021-08-10T12:00:00Z", url: "/a/" }] });
		expect(source.stateOf("a.md", Date.parse("2021-08-10T11:00:00Z"))).toBe("published");
		expect(source.stateOf("a.md", Date.parse("2021-08-11T11:00:00Z"))).toBe("changed");
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
