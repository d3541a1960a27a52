import { numberBootcampDay, type DayNumberInput } from "../../src/daily/day-number";
import { bootcampDateOf } from "../../src/daily/local-date";

const base: DayNumberInput = { date: "", mode: "weekdays", courseStartDate: "2021-08-02", holidays: [], existingNoteDates: [] };
const day = (change: Partial<DayNumberInput>) => numberBootcampDay({ ...base, ...change });

describe("weekdays", () => {
	test.each([
		["2021-08-02", 1], // Monday, the first day
		["2021-08-06", 5], // Friday
		["2021-08-09", 6], // next Monday: the weekend does not count
		["2021-08-13", 10],
		["2021-08-16", 11],
	])("%s is Day%i", (date, expected) => {
		expect(day({ date })).toEqual({ day: expected, notes: [] });
	});

	test("a weekend day keeps the number of the Friday before and says so", () => {
		expect(day({ date: "2021-08-14" })).toEqual({ day: 10, notes: [{ code: "notACourseDay", date: "2021-08-14" }] });
		expect(day({ date: "2021-08-15" }).day).toBe(10);
	});

	test("across a month end and a year end", () => {
		expect(day({ courseStartDate: "2021-08-30", date: "2021-09-01" }).day).toBe(3);
		expect(day({ courseStartDate: "2021-12-27", date: "2021-12-31" }).day).toBe(5);
		expect(day({ courseStartDate: "2021-12-27", date: "2022-01-03" }).day).toBe(6);
	});

	test("a start date on a weekend counts from the next Monday", () => {
		expect(day({ courseStartDate: "2021-08-01", date: "2021-08-02" }).day).toBe(1);
	});
});

describe("weekdays minus holidays", () => {
	const holidays = ["2021-08-16", "2021-09-20", "2021-09-21", "2021-09-22"]; // 광복절 대체공휴일, 추석
	test("skips the holidays", () => {
		expect(day({ mode: "weekdays-minus-holidays", holidays, date: "2021-08-17" }).day).toBe(11);
		expect(day({ mode: "weekdays", holidays, date: "2021-08-17" }).day).toBe(12); // plain weekdays ignore them
		expect(day({ mode: "weekdays-minus-holidays", holidays, date: "2021-09-23" }).day).toBe(35); // 39 weekdays - 4 holidays
	});

	test("a holiday itself carries the number of the day before", () => {
		expect(day({ mode: "weekdays-minus-holidays", holidays, date: "2021-08-16" })).toEqual({
			day: 10,
			notes: [{ code: "notACourseDay", date: "2021-08-16" }],
		});
	});

	test("a holiday on the year end", () => {
		const result = day({ mode: "weekdays-minus-holidays", courseStartDate: "2021-12-27", holidays: ["2021-12-31"], date: "2022-01-03" });
		expect(result.day).toBe(5);
	});
});

describe("calendar days", () => {
	test("every date counts, across the year end", () => {
		expect(day({ mode: "calendar-days", date: "2021-08-14" }).day).toBe(13);
		expect(day({ mode: "calendar-days", courseStartDate: "2021-12-01", date: "2021-12-31" }).day).toBe(31);
		expect(day({ mode: "calendar-days", courseStartDate: "2021-12-01", date: "2022-01-01" }).day).toBe(32);
	});

	test("with the day-start hour, 02:00 on New Year's Day still belongs to Day31", () => {
		const date = bootcampDateOf(new Date("2022-01-01T02:00:00"), 4);
		expect(day({ mode: "calendar-days", courseStartDate: "2021-12-01", date }).day).toBe(31);
		const late = bootcampDateOf(new Date("2021-12-31T23:30:00"), 4);
		expect(day({ mode: "calendar-days", courseStartDate: "2021-12-01", date: late }).day).toBe(31);
	});
});

describe("existing notes", () => {
	const existingNoteDates = ["2021-08-09", "2021-08-10", "2021-08-10", "2021-08-12", "2021-08-20"];
	test("counts the distinct dated notes before the date, plus one", () => {
		expect(day({ mode: "existing-notes", existingNoteDates, date: "2021-08-13" }).day).toBe(4);
		expect(day({ mode: "existing-notes", existingNoteDates, date: "2021-08-12" }).day).toBe(3); // its own note not counted
		expect(day({ mode: "existing-notes", existingNoteDates: [], date: "2021-08-12" }).day).toBe(1);
	});

	test("is the fallback of every mode when no start date is set", () => {
		expect(day({ courseStartDate: "", existingNoteDates, date: "2021-08-13" })).toEqual({ day: 4, notes: [{ code: "noCourseStart" }] });
		expect(day({ mode: "calendar-days", courseStartDate: "someday", existingNoteDates, date: "2021-08-13" }).notes).toEqual([
			{ code: "noCourseStart" },
		]);
	});
});

test("a date before the course start is Day0, with the reason", () => {
	expect(day({ date: "2021-07-30" })).toEqual({ day: 0, notes: [{ code: "beforeCourseStart", start: "2021-08-02" }] });
});
