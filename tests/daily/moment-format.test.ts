import moment from "moment";
import "moment/locale/ko";
import { format } from "date-fns";
import { formatMoment, hasDateTokens, momentFormatToDateFns, parseMomentFormat } from "../../src/daily/moment-format";

describe("moment formats converted to date-fns", () => {
	test.each([
		["YYYY-MM-DD", "yyyy-MM-dd"],
		["YY/M/D", "yy/M/d"],
		["ddd dddd dd", "EEE EEEE EEEEEE"],
		["Do MMMM", "do MMMM"],
		["HH:mm:ss", "HH:mm:ss"],
		["h:mm A", "h:mm a"],
		["ww W gggg GGGG gg", "ww I YYYY RRRR YY"],
		["DDDD", "DDD"],
		["[Day] D", "'Day 'd"],
		["[it's] YYYY", "'it''s 'yyyy"],
		["YYYY-MM-DDTHH:mm", "yyyy-MM-dd'T'HH:mm"], // moment keeps unknown letters; date-fns needs them quoted
		["\\YYYYY", "'Y'yyyy"],
		["ZZ", "xx"],
	])("%s → %s", (input, expected) => {
		expect(momentFormatToDateFns(input)).toBe(expected);
	});

	test("a weekday number (d) has no date-fns token: null, but formatMoment handles it", () => {
		expect(momentFormatToDateFns("d")).toBeNull();
		expect(momentFormatToDateFns("GG")).toBeNull();
		expect(formatMoment(new Date("2021-08-15T12:00:00"), "d", "en")).toBe("0"); // Sunday
	});

	test("the converted pattern formats like moment with date-fns itself", () => {
		const date = new Date("2021-08-13T21:05:09");
		const pattern = momentFormatToDateFns("YYYY-MM-DD [Day] HH:mm:ss")!;
		expect(format(date, pattern)).toBe("2021-08-13 Day 21:05:09");
	});

	test("tells literal text from date tokens", () => {
		expect(hasDateTokens("daily")).toBe(true); // `d` and `a` are tokens in moment
		expect(hasDateTokens("[daily]")).toBe(false);
		expect(parseMomentFormat("[a]b")).toEqual([{ kind: "literal", text: "ab" }]);
	});
});

describe("formatMoment agrees with moment.js", () => {
	// Year ends are where week numbers and week-years differ from the calendar year.
	const dates = ["2021-08-13T21:05:09", "2021-01-01T09:00:00", "2020-12-31T23:59:59", "2022-01-02T00:30:00", "2024-12-30T12:00:00"];
	const formats = [
		"YYYY-MM-DD",
		"YY.M.D",
		"dddd, MMMM Do YYYY",
		"ddd dd d E",
		"HH:mm:ss h:mm a A k",
		"[week] ww W Wo wo",
		"gggg GGGG gg GG",
		"DDD DDDD DDDo Q Qo Mo",
		"YYYY-MM-DD[T]HH:mm:ssZ ZZ",
		"X",
	];
	for (const language of ["en", "ko"] as const) {
		test.each(dates)(`%s in ${language}`, (local) => {
			const date = new Date(local);
			for (const pattern of formats) {
				expect([pattern, formatMoment(date, pattern, language)]).toEqual([pattern, moment(date).locale(language).format(pattern)]);
			}
		});
	}
});

describe("Korean names", () => {
	test("weekdays and months in Korean when the language is Korean", () => {
		const friday = new Date("2021-08-13T21:05:00");
		expect(formatMoment(friday, "YYYY년 M월 D일 dddd", "ko")).toBe("2021년 8월 13일 금요일");
		expect(formatMoment(friday, "ddd", "ko")).toBe("금");
		expect(formatMoment(friday, "A h시", "ko")).toBe("오후 9시");
		expect(formatMoment(friday, "dddd", "en")).toBe("Friday");
	});
});
