import { addDays, bootcampDateOf, daysBetween, isIsoDate, momentWithinDate, parseHolidayList } from "../../src/daily/local-date";
import { formatLocalDateTime } from "../../src/core/local-time";

// Tests run in Asia/Seoul (tests/setup/global-setup.ts).
describe("bootcamp date and the day-start hour", () => {
	test.each([
		["2021-12-31T23:30:00", 4, "2021-12-31"],
		["2022-01-01T02:00:00", 4, "2021-12-31"], // still New Year's Eve for a night owl
		["2022-01-01T03:59:59", 4, "2021-12-31"],
		["2022-01-01T04:00:00", 4, "2022-01-01"],
		["2022-01-01T02:00:00", 0, "2022-01-01"], // midnight start: the calendar date
		["2021-03-01T01:00:00", 3, "2021-02-28"], // month end, not a leap year
		["2020-03-01T01:00:00", 3, "2020-02-29"], // leap year
	])("%s with a day start at %i:00 is %s", (local, hour, expected) => {
		expect(bootcampDateOf(new Date(local), hour)).toBe(expected);
	});
});

describe("calendar arithmetic", () => {
	test("adds days across month and year ends", () => {
		expect(addDays("2021-12-31", 1)).toBe("2022-01-01");
		expect(addDays("2022-01-01", -1)).toBe("2021-12-31");
		expect(addDays("2021-08-31", 1)).toBe("2021-09-01");
		expect(daysBetween("2021-08-02", "2021-08-13")).toBe(11);
		expect(daysBetween("2021-12-01", "2022-01-01")).toBe(31);
	});

	test("accepts only real dates written YYYY-MM-DD", () => {
		expect(isIsoDate("2021-08-13")).toBe(true);
		expect(isIsoDate("2021-02-29")).toBe(false);
		expect(isIsoDate("2020-02-29")).toBe(true);
		expect(isIsoDate("2021-8-13")).toBe(false);
		expect(isIsoDate("2021-08-13 ")).toBe(false);
		expect(isIsoDate("")).toBe(false);
	});

	test("the moment of a day is now when now is on that day, else clamped into it", () => {
		const now = new Date("2021-08-14T02:00:00");
		expect(formatLocalDateTime(momentWithinDate("2021-08-14", now))).toBe("2021-08-14 02:00:00 +0900");
		expect(formatLocalDateTime(momentWithinDate("2021-08-13", now))).toBe("2021-08-13 23:59:59 +0900");
		expect(formatLocalDateTime(momentWithinDate("2021-08-16", now))).toBe("2021-08-16 00:00:00 +0900");
	});
});

describe("holiday lists", () => {
	test("splits on commas and lines, sorts and removes duplicates", () => {
		expect(parseHolidayList("2021-09-22, 2021-08-16\n2021-09-21\r\n\n2021-08-16")).toEqual({
			dates: ["2021-08-16", "2021-09-21", "2021-09-22"],
			invalid: [],
		});
	});

	test("reports what is not a date", () => {
		expect(parseHolidayList("2021-08-16, 추석, 2021-02-30").invalid).toEqual(["추석", "2021-02-30"]);
		expect(parseHolidayList("").dates).toEqual([]);
	});
});
