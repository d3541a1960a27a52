import { format, getWeek, getWeekYear, startOfWeek } from "date-fns";
import { LibraryIndex } from "../../src/library/library-index";
import { extractNoteFacts, type NoteFacts } from "../../src/library/note-facts";
import { createTranslator } from "../../src/i18n/translator";
import { outlineOf, type OutlineGroup } from "../../src/library/tree-outline";
import { ISO_WEEKS, SUNDAY_WEEKS, weekOf, weekRuleFor, weekRuleFromMomentLocale } from "../../src/library/weeks";
import { flattenTree } from "../../src/library/flatten-tree";
import { parseFilter } from "../../src/library/note-filter";

const en = createTranslator("en");
const ko = createTranslator("ko");

function note(path: string, frontMatter: Record<string, unknown>, inlineTags: string[] = []): NoteFacts {
	return extractNoteFacts({ path, frontMatter, inlineTags, ctime: 0, mtime: 0 });
}

/** label (count) › children, notes as titles: a compact picture of the tree to compare. */
function shape(groups: OutlineGroup[]): unknown[] {
	return groups.map((g) => [`${g.label} (${g.count})`, ...shape(g.groups), ...g.notes.map((n) => n.title)]);
}

const notes = [
	note("a.md", { title: "A", categories: ["DL/CNN"], tags: ["ai/vision", "ai/cnn"], date: "2021-08-11" }),
	note("b.md", { title: "B", categories: "DL", tags: "ai, draft", date: "2021-08-10" }),
	note("c.md", { title: "C", date: "2021-08-09" }),
	note("d.md", { title: "D", categories: ["Computer Science"], date: "2021-08-12" }, ["#ai/nlp"]),
];

describe("grouping", () => {
	test("by category: nested by /, counts include subgroups, uncategorised last", () => {
		const index = new LibraryIndex({ mode: "category" }, notes);
		expect(shape(outlineOf(index, en))).toEqual([
			["Computer Science (1)", "D"],
			["DL (2)", ["CNN (1)", "A"], "B"],
			["Uncategorised (1)", "C"],
		]);
		expect(outlineOf(index, ko).at(-1)?.label).toBe("카테고리 없음");
	});

	test("by tag: a note with two tags under one parent counts once there", () => {
		const index = new LibraryIndex({ mode: "tag" }, notes);
		expect(shape(outlineOf(index, en))).toEqual([
			["ai (3)", ["cnn (1)", "A"], ["nlp (1)", "D"], ["vision (1)", "A"], "B"],
			["draft (1)", "B"],
			["No tags (1)", "C"],
		]);
	});

	test("by date: year → month → week → day, new to old", () => {
		const index = new LibraryIndex({ mode: "date", weekRule: SUNDAY_WEEKS }, notes);
		expect(shape(outlineOf(index, en))).toEqual([
			["2021 (4)", ["August 2021 (4)", ["Week 33 · 8/8 – 8/14 (4)", ["Thu 8/12 (1)", "D"], ["Wed 8/11 (1)", "A"], ["Tue 8/10 (1)", "B"], ["Mon 8/9 (1)", "C"]]]],
		]);
		expect(outlineOf(index, ko)[0].groups[0].groups[0].groups[0].label).toBe("8월 12일 (목)");
	});

	test("two-level modes put the date tree under each category or tag", () => {
		const index = new LibraryIndex({ mode: "category-date" }, notes);
		const dl = outlineOf(index, en).find((g) => g.label === "DL")!;
		expect(dl.groups.map((g) => g.label)).toEqual(["CNN", "2021"]);
		expect(dl.groups[1].count).toBe(1);
		const byTag = new LibraryIndex({ mode: "tag-date" }, notes);
		expect(outlineOf(byTag, en).find((g) => g.label === "draft")!.groups[0].groups[0].label).toBe("August 2021");
	});

	test("sorting: old to new, and titles by Korean collation", () => {
		const titled = [note("1.md", { title: "나비" }), note("2.md", { title: "가방" }), note("3.md", { title: "Zebra" }), note("4.md", { title: "다리 10" }), note("5.md", { title: "다리 9" })];
		const byTitle = new LibraryIndex({ mode: "category", sort: "title" }, titled);
		expect(outlineOf(byTitle, en)[0].notes.map((n) => n.title)).toEqual(["가방", "나비", "다리 9", "다리 10", "Zebra"]);
		const oldFirst = new LibraryIndex({ mode: "date", sort: "date-asc" }, notes);
		const week = outlineOf(oldFirst, en)[0].groups[0].groups[0];
		expect(week.groups.map((g) => g.notes[0].title)).toEqual(["C", "B", "A", "D"]);
	});
});

describe("weeks across year ends", () => {
	test("ISO: 2021-01-01 is in week 53 of 2020, 2024-12-30 in week 1 of 2025", () => {
		expect(weekOf("2021-01-01", ISO_WEEKS)).toEqual({ weekYear: 2020, week: 53, start: "2020-12-28", end: "2021-01-03" });
		expect(weekOf("2024-12-30", ISO_WEEKS)).toEqual({ weekYear: 2025, week: 1, start: "2024-12-30", end: "2025-01-05" });
	});

	test("Sunday weeks: the week of January 1st is week 1 of the new year", () => {
		expect(weekOf("2021-12-28", SUNDAY_WEEKS)).toMatchObject({ weekYear: 2022, week: 1, start: "2021-12-26", end: "2022-01-01" });
		expect(weekOf("2021-12-25", SUNDAY_WEEKS)).toMatchObject({ weekYear: 2021, week: 52 });
	});

	test("a day whose week belongs to another year says so in its label and stays under its own year", () => {
		const index = new LibraryIndex({ mode: "date", weekRule: ISO_WEEKS }, [note("x.md", { date: "2021-01-01" }), note("y.md", { date: "2024-12-31" })]);
		const outline = outlineOf(index, en);
		expect(outline.map((g) => g.label)).toEqual(["2024", "2021"]);
		expect(outline[0].groups[0].groups[0].label).toBe("Week 1 of 2025 · 12/30 – 1/5");
		expect(outline[1].groups[0].groups[0].label).toBe("Week 53 of 2020 · 12/28 – 1/3");
		expect(createTranslator("ko")("library.group.weekOfYear", { week: 1, weekYear: 2025, start: "12/30", end: "1/5" })).toBe("2025년 1주차 · 12/30 – 1/5");
	});

	test("the days of one week across New Year, in one index, each get their own year's label", () => {
		// 2024-12-30 and 2025-01-02 share ISO week 1 of 2025: only the December day names the year.
		const index = new LibraryIndex({ mode: "date", weekRule: ISO_WEEKS }, [note("dec.md", { date: "2024-12-30" }), note("jan.md", { date: "2025-01-02" }), note("jan2.md", { date: "2025-01-03" })]);
		const weekLabels = outlineOf(index, en).map((year) => `${year.label}: ${year.groups[0].groups.map((week) => week.label).join(", ")}`);
		expect(weekLabels).toEqual(["2025: Week 1 · 12/30 – 1/5", "2024: Week 1 of 2025 · 12/30 – 1/5"]);
	});

	test("week rules from settings and locales", () => {
		expect(weekRuleFor(1)).toEqual(ISO_WEEKS);
		expect(weekRuleFor(6)).toEqual({ weekStartsOn: 6, firstWeekContainsDate: 1 });
		expect(weekRuleFor(-1, ISO_WEEKS)).toEqual(ISO_WEEKS);
		expect(weekRuleFromMomentLocale(1, 4)).toEqual(ISO_WEEKS);
		expect(weekRuleFromMomentLocale(0, 6)).toEqual(SUNDAY_WEEKS);
	});
});

describe("filter and flattening", () => {
	test("filter by title words, #tag (nested) and category:", () => {
		const index = new LibraryIndex({ mode: "category" }, notes);
		const titles = (query: string) =>
			flattenTree(index, { collapsed: new Set(), filter: parseFilter(query) })
				.filter((row) => row.kind === "note")
				.map((row) => index.factsOf((row as { path: string }).path)!.title);
		expect(titles("#ai")).toEqual(["D", "A", "B"]);
		expect(titles("#ai/vision")).toEqual(["A"]);
		expect(titles("category:dl")).toEqual(["A", "B"]);
		expect(titles('category:"computer science"')).toEqual(["D"]);
		expect(titles("#ai b")).toEqual(["B"]);
		expect(parseFilter("   ")).toBeNull();
	});

	test("collapsed groups hide their rows; counts follow the filter", () => {
		const index = new LibraryIndex({ mode: "category" }, notes);
		const rows = flattenTree(index, { collapsed: new Set(["c:DL"]), filter: null });
		expect(rows.map((r) => (r.kind === "group" ? `${r.id}:${r.count}:${r.expanded}` : r.path))).toEqual([
			"c:Computer Science:1:true",
			"d.md",
			"c:DL:2:false",
			"none:1:true",
			"c.md",
		]);
		const filtered = flattenTree(index, { collapsed: new Set(["c:DL"]), filter: parseFilter("#draft") });
		expect(filtered.map((r) => (r.kind === "group" ? `${r.id}:${r.count}` : r.path))).toEqual(["c:DL:1", "b.md"]);
	});
});

describe("week arithmetic", () => {
	test("weekOf agrees with date-fns for every day of 2019–2026 under several rules", () => {
		const rules = [ISO_WEEKS, SUNDAY_WEEKS, { weekStartsOn: 6, firstWeekContainsDate: 1 }, { weekStartsOn: 1, firstWeekContainsDate: 1 }] as const;
		for (const rule of rules) {
			for (let date = new Date(2019, 0, 1); date < new Date(2027, 0, 1); date = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1)) {
				const day = format(date, "yyyy-MM-dd");
				const options = { weekStartsOn: rule.weekStartsOn, firstWeekContainsDate: rule.firstWeekContainsDate as 1 | 4 };
				const expected = { weekYear: getWeekYear(date, options), week: getWeek(date, options), start: format(startOfWeek(date, options), "yyyy-MM-dd") };
				const actual = weekOf(day, rule);
				if (actual.week !== expected.week || actual.weekYear !== expected.weekYear || actual.start !== expected.start) {
					expect({ day, rule, ...actual }).toEqual({ day, rule, ...expected, end: actual.end });
				}
			}
		}
	});
});
