import fc from "fast-check";
import { format } from "date-fns";
import { formatLocalDate, formatLocalDateTime } from "../../src/core/local-time";

// Both sides read the same zone (the tests run in Asia/Seoul, and under other clocks in CI): the
// property is that the hand-written form is the date library's, whatever the zone.
describe("local date and time, written by hand", () => {
	test("the same text as date-fns's `yyyy-MM-dd HH:mm:ss xx` for any instant", () => {
		fc.assert(
			fc.property(fc.date({ min: new Date("0100-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }), (date) => {
				expect(formatLocalDateTime(date)).toBe(format(date, "yyyy-MM-dd HH:mm:ss xx"));
				expect(formatLocalDate(date)).toBe(format(date, "yyyy-MM-dd"));
			}),
			{ numRuns: 5000 },
		);
	});

	test("an invalid date is refused, as before", () => {
		expect(() => formatLocalDateTime(new Date(Number.NaN))).toThrow(RangeError);
	});

	test("a post at 2 a.m. in Seoul keeps its day and offset", () => {
		expect(formatLocalDateTime(new Date("2021-08-09T17:00:00Z"))).toBe("2021-08-10 02:00:00 +0900");
	});
});
