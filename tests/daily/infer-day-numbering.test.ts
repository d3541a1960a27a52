import fc from "fast-check";
import { dayNumberIn, inferDayNumbering, replaceDayNumber, type NumberingEvidence } from "../../src/daily/infer-day-numbering";
import { addDays, isWeekend } from "../../src/daily/local-date";

/** Numbered notes `[boostcourse] DayN 학습기록` on the given dates, N counting from `first`. */
function numberedNotes(dates: readonly string[], first = 1): NumberingEvidence[] {
	return dates.map((date, index) => ({ path: `Daily/${date}.md`, date, title: `[boostcourse] Day${first + index} 학습기록` }));
}

function weekdaysFrom(start: string, count: number): string[] {
	const dates: string[] = [];
	for (let date = start; dates.length < count; date = addDays(date, 1)) if (!isWeekend(date)) dates.push(date);
	return dates;
}

test("reads the day number of titles and names as learners write them", () => {
	expect(["[boostcourse] Day12 학습기록", "day 3", "DAY-012 notes", "12일차 학습기록", "Week 2 review", "2021-08-07 주말 회고"].map(dayNumberIn)).toEqual([
		12, 3, 12, 12, null, null,
	]);
	expect(replaceDayNumber("[boostcourse] Day012 학습기록", "{{day}}")).toBe("[boostcourse] Day{{day}} 학습기록");
	expect(replaceDayNumber("주말 회고", "{{day}}")).toBeNull();
});

test("weekdays: twelve weekday notes from 2021-08-02 mean Day1 = 2021-08-02, weekdays", () => {
	const notes = numberedNotes(weekdaysFrom("2021-08-02", 12));
	expect(inferDayNumbering(notes)).toEqual({ kind: "inferred", courseStartDate: "2021-08-02", dayCounting: "weekdays", holidays: [], numberedNotes: 12 });
	// Only the last few notes are enough.
	expect(inferDayNumbering(notes.slice(-2))).toMatchObject({ courseStartDate: "2021-08-02", dayCounting: "weekdays" });
});

test("calendar days: notes on every date, weekends included", () => {
	const dates = Array.from({ length: 9 }, (_, index) => addDays("2021-08-02", index));
	expect(inferDayNumbering(numberedNotes(dates))).toMatchObject({ kind: "inferred", courseStartDate: "2021-08-02", dayCounting: "calendar-days" });
	// A weekend note numbered like a course day rules weekdays out even when preferred.
	expect(inferDayNumbering(numberedNotes(["2021-08-06", "2021-08-07"], 5), "weekdays")).toMatchObject({ dayCounting: "calendar-days", courseStartDate: "2021-08-02" });
});

test("a holiday gap: Monday 2021-08-16 skipped by the numbers becomes a holiday", () => {
	const before = numberedNotes(weekdaysFrom("2021-08-02", 10)); // Day1 … Day10 on 2021-08-13
	const after = numberedNotes(["2021-08-17", "2021-08-18"], 11);
	expect(inferDayNumbering([...before, ...after])).toEqual({
		kind: "inferred",
		courseStartDate: "2021-08-02",
		dayCounting: "weekdays-minus-holidays",
		holidays: ["2021-08-16"],
		numberedNotes: 12,
	});
});

test("a renamed note: the title's number counts, and a note found by its front matter date keeps its number", () => {
	const notes = numberedNotes(weekdaysFrom("2021-08-02", 5));
	// Renamed by hand: the file name says Day9, the title (what was published) says Day5.
	notes[4] = { path: "Daily/2021-08-06 Day9 draft.md", date: "2021-08-06", title: "[boostcourse] Day5 학습기록" };
	// Renamed to a name without date or number: found by its front matter date, numbered by its title.
	notes[0] = { path: "Daily/first day.md", date: "2021-08-02", title: "[boostcourse] Day1 학습기록" };
	expect(inferDayNumbering(notes)).toMatchObject({ kind: "inferred", courseStartDate: "2021-08-02", dayCounting: "weekdays" });
	// Without a title, the file name's number is read.
	expect(inferDayNumbering([{ path: "Daily/2021-08-04 Day3.md", date: "2021-08-04" }])).toMatchObject({ courseStartDate: "2021-08-02" });
});

test("a weekend review carries no number and is never counted as a course day", () => {
	const notes = [...numberedNotes(weekdaysFrom("2021-08-02", 12)), { path: "Daily/2021-08-07 주말 회고.md", date: "2021-08-07", title: null }];
	expect(inferDayNumbering(notes)).toMatchObject({ kind: "inferred", courseStartDate: "2021-08-02", dayCounting: "weekdays", numberedNotes: 12 });
});

test("conflicting numbers: no guess, and the notes that disagree are named", () => {
	const twice = [...numberedNotes(["2021-08-02", "2021-08-03"]), { path: "Daily/2021-08-04.md", date: "2021-08-04", title: "Day2" }];
	expect(inferDayNumbering(twice)).toEqual({ kind: "conflict", paths: ["Daily/2021-08-03.md", "Daily/2021-08-04.md"] });
	// Numbers rising faster than any calendar can explain.
	expect(inferDayNumbering(numberedNotes(["2021-08-02", "2021-08-03"]).map((note, index) => ({ ...note, title: `Day${index * 5 + 1}` })))).toEqual({
		kind: "conflict",
		paths: ["Daily/2021-08-02.md", "Daily/2021-08-03.md"],
	});
});

test("without any numbered note there is nothing to infer", () => {
	expect(inferDayNumbering([{ path: "Daily/2021-08-07 주말 회고.md", date: "2021-08-07" }])).toEqual({ kind: "none" });
	expect(inferDayNumbering([])).toEqual({ kind: "none" });
});

test("a long course: a note far from the start is traced back to the same start as a day-by-day count", () => {
	fc.assert(
		fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 900 }), (offset, day) => {
			const start = weekdaysFrom(addDays("2021-01-04", offset), 1)[0];
			const date = weekdaysFrom(start, day).at(-1)!;
			expect(inferDayNumbering(numberedNotes([date], day))).toMatchObject({ kind: "inferred", courseStartDate: start, dayCounting: "weekdays" });
			const calendarDate = addDays(start, day - 1);
			expect(inferDayNumbering(numberedNotes([calendarDate], day), "calendar-days")).toMatchObject({ courseStartDate: start, dayCounting: "calendar-days" });
		}),
		{ numRuns: 60 },
	);
});
