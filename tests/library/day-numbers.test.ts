import fc from "fast-check";
import { isoDateOf } from "../../src/core/calendar-date";
import { dayNumber, isoDateOfDayNumber, weekdayOfDayNumber } from "../../src/library/day-numbers";

/** The same answers the slow way, through a UTC `Date` with its full year set explicitly (years 0–99 too). */
function utcDate(year: number, month: number, day: number): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

describe("day numbers", () => {
	test("known days", () => {
		expect(dayNumber(1970, 1, 1)).toBe(0);
		expect(dayNumber(2021, 8, 10)).toBe(18_849);
		expect(dayNumber(1969, 12, 31)).toBe(-1);
		expect(isoDateOfDayNumber(18_849)).toBe("2021-08-10");
		expect(isoDateOfDayNumber(dayNumber(2024, 2, 29) + 1)).toBe("2024-03-01");
		expect(isoDateOfDayNumber(dayNumber(2100, 2, 28) + 1)).toBe("2100-03-01");
		expect(weekdayOfDayNumber(dayNumber(2021, 8, 10))).toBe(2); // a Tuesday
	});

	test("agree with Date on every day from year 1 to 9999, and round-trip", () => {
		fc.assert(
			fc.property(fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }), (number) => {
				const date = new Date(number * 86_400_000);
				const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
				expect(dayNumber(year, month, day)).toBe(number);
				expect(isoDateOfDayNumber(number)).toBe(isoDateOf(year, month, day));
				expect(weekdayOfDayNumber(number)).toBe(utcDate(year, month, day).getUTCDay());
			}),
			{ numRuns: 2000 },
		);
	});
});
