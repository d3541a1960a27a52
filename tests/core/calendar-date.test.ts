import { isIsoDate, isoDateInText, isoDateOf, isRealCalendarDay, localIsoDate, startOfLocalDate } from "../../src/core/calendar-date";

describe("calendar dates", () => {
	it("knows which days exist, leap years included", () => {
		expect(isRealCalendarDay(2021, 2, 28)).toBe(true);
		expect(isRealCalendarDay(2021, 2, 29)).toBe(false);
		expect(isRealCalendarDay(2024, 2, 29)).toBe(true);
		expect(isRealCalendarDay(1900, 2, 29)).toBe(false);
		expect(isRealCalendarDay(2000, 2, 29)).toBe(true);
		expect(isRealCalendarDay(2021, 4, 31)).toBe(false);
		expect(isRealCalendarDay(2021, 13, 1)).toBe(false);
		expect(isRealCalendarDay(2021, 0, 1)).toBe(false);
		expect(isRealCalendarDay(2021, 1, 0)).toBe(false);
	});

	it("reads years below 100 as written, not as 19xx", () => {
		// 1950 is no leap year, the year 48 is one: Date would read 0048 as 1948 (leap) but 0050 as 1950.
		expect(isIsoDate("0048-02-29")).toBe(true);
		expect(isIsoDate("0050-02-29")).toBe(false);
		expect(isIsoDate("0050-01-01")).toBe(true);
	});

	it("accepts only YYYY-MM-DD", () => {
		expect(isIsoDate("2021-08-10")).toBe(true);
		expect(isIsoDate("2021-02-30")).toBe(false);
		expect(isIsoDate("2021-8-10")).toBe(false);
		expect(isIsoDate(" 2021-08-10")).toBe(false);
		expect(isIsoDate("2021-08-10T00:00")).toBe(false);
	});

	it("writes and reads local dates", () => {
		expect(isoDateOf(2021, 8, 9)).toBe("2021-08-09");
		expect(localIsoDate(new Date(2021, 7, 10, 23, 59))).toBe("2021-08-10");
		const midnight = startOfLocalDate("2021-08-10");
		expect([midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), midnight.getHours()]).toEqual([2021, 7, 10, 0]);
		expect(localIsoDate(startOfLocalDate("2021-12-31"))).toBe("2021-12-31");
	});

	it("finds a date standing alone in a name", () => {
		expect(isoDateInText("2021-08-10 1")).toBe("2021-08-10");
		expect(isoDateInText("notes 2021-08-10")).toBe("2021-08-10");
		expect(isoDateInText("2021-08-10-my-post")).toBe("2021-08-10");
		expect(isoDateInText("12021-08-10")).toBeNull();
		expect(isoDateInText("2021-08-100")).toBeNull();
		expect(isoDateInText("2021-02-30")).toBeNull();
		expect(isoDateInText("오늘")).toBeNull();
	});
});
