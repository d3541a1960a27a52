import { dateFromNotePath, dayNotePath, dayNotesRoot, sanitizeNameValue } from "../../src/daily/day-paths";
import type { PlaceholderContext } from "../../src/daily/placeholders";

const context: PlaceholderContext = { language: "en", course: "boostcourse", day: 10, moment: new Date("2021-08-13T21:00:00"), now: new Date("2021-08-13T21:00:00") };

describe("the path of a new day note", () => {
	test("folder is literal, the file name is a moment pattern", () => {
		expect(dayNotePath("daily", "YYYY-MM-DD", context)).toEqual({ path: "daily/2021-08-13.md", unknown: [], changes: { replaced: [], dropped: [] } });
		// `daily` would be weekday and am/pm tokens as a moment pattern.
		expect(dayNotePath("daily/", "YYYY-MM-DD [Day]{{day}}", context).path).toBe("daily/2021-08-13 Day10.md");
	});

	test("placeholders make dated subfolders", () => {
		expect(dayNotePath("daily/{{date:YYYY}}/{{date:MM}}", "YYYY-MM-DD ddd", context).path).toBe("daily/2021/08/2021-08-13 Fri.md");
		expect(dayNotePath("", "YYYY/MM/DD", context).path).toBe("2021/08/13.md");
		expect(dayNotePath("일지", "YYYY-MM-DD ddd", { ...context, language: "ko" }).path).toBe("일지/2021-08-13 금.md");
	});

	test("values that paths cannot hold are dropped; brackets, which links cannot hold, become parentheses", () => {
		expect(sanitizeNameValue('AI: Tech/2 "#1" [x]?')).toBe("AI Tech2 1 (x)");
		expect(dayNotePath("{{course}}", "[{{course}}] YYYY", { ...context, course: "a/../b:c" })).toEqual({
			path: "a..bc/(a..bc) 2021.md",
			unknown: [],
			changes: { replaced: ["[", "]"], dropped: ["/", ":"] },
		});
		expect(dayNotePath("../../etc", "YYYY", context).path).toBe("etc/2021.md");
	});

	test("unknown placeholders are reported", () => {
		expect(dayNotePath("daily/{{weather}}", "YYYY", context).unknown).toEqual(["{{weather}}"]);
	});
});

test("the root of the day notes is the folder up to its first placeholder", () => {
	expect(dayNotesRoot("daily")).toBe("daily");
	expect(dayNotesRoot("/journal/daily/{{date:YYYY}}/{{date:MM}}")).toBe("journal/daily");
	expect(dayNotesRoot("")).toBe("");
});

describe("the date of a note read back from its name", () => {
	test.each([
		["daily/2021-08-13.md", "YYYY-MM-DD", "2021-08-13"],
		["daily/2021-08-13 1.md", "YYYY-MM-DD", "2021-08-13"], // sync duplicate
		["daily/2021-08-13 (conflicted copy 2021-08-14).md", "YYYY-MM-DD", "2021-08-13"],
		["daily/13.08.2021.md", "DD.MM.YYYY", "2021-08-13"],
		["daily/20210813.md", "YYYYMMDD", "2021-08-13"],
		["daily/2021-08-13 Fri.md", "YYYY-MM-DD ddd", "2021-08-13"],
		["daily/Day10 2021-08-13.md", "[Day]{{day}} YYYY-MM-DD", "2021-08-13"],
		["daily/Week 32.md", "[Week] W", null],
		["Daily/2021-08-17 [boostcourse] Day12 학습기록.md", "YYYY-MM-DD [{{course}}] Day{{day}} 학습기록", "2021-08-17"],
		["Daily/08.18 (boostcourse) Day13 2021.md", "MM.DD [{{course}}] Day{{day}} YYYY", "2021-08-18"],
		["daily/notes 2021-08-13.md", "DD.MM.YYYY", "2021-08-13"], // any ISO date in the name
		["daily/2021-02-30.md", "YYYY-MM-DD", null],
		["daily/ref 2021-08-130.md", "DD.MM.YYYY", null], // not a date: part of a longer number
		["daily/오늘.md", "YYYY-MM-DD", null],
	])("%s with %s", (path, pattern, expected) => {
		expect(dateFromNotePath(path, pattern)).toBe(expected);
	});

	test("each pattern reads the same, whichever pattern read a name before it", () => {
		const names = ["daily/2021-08-13.md", "daily/13.08.2021.md", "daily/Day10 2021-08-13.md", "daily/Week 32.md"];
		const patterns = ["YYYY-MM-DD", "DD.MM.YYYY", "[Day]{{day}} YYYY-MM-DD", "[Week] W"];
		const read = () => patterns.flatMap((pattern) => names.map((name) => dateFromNotePath(name, pattern)));
		const first = read();
		patterns.reverse();
		names.reverse();
		expect(read().reverse()).toEqual(first);
		const d = "2021-08-13";
		// A name the pattern does not fit is read by any ISO date it holds.
		expect(first).toEqual([d, null, d, null, d, d, d, null, d, null, d, null, d, null, d, null]);
	});
});
