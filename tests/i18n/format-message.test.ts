import { formatMessage, placeholderNames } from "../../src/i18n/format-message";

describe("formatMessage", () => {
	test("fills names and leaves unknown ones and user placeholders as written", () => {
		expect(formatMessage("{a} and {b}", { a: 1 })).toBe("1 and {b}");
		expect(formatMessage("{{course}} Day{{day}} for {name}", { name: "Kim", course: "x" })).toBe("{{course}} Day{{day}} for Kim");
	});

	test("chooses English plural forms by Intl.PluralRules, with # for the number and =N for exact ones", () => {
		const template = "{count, plural, =0 {No notes} one {# note} other {# notes}} in {place}";
		expect(formatMessage(template, { count: 0, place: "daily" })).toBe("No notes in daily");
		expect(formatMessage(template, { count: 1, place: "daily" })).toBe("1 note in daily");
		expect(formatMessage(template, { count: 2, place: "daily" })).toBe("2 notes in daily");
		expect(formatMessage("{n, plural, one {one {kind}} other {# {kind}s}}", { n: 3, kind: "file" })).toBe("3 files");
	});

	test("Korean has one plural form, and a missing count stays visible", () => {
		expect(formatMessage("{count, plural, other {노트 #개}}", { count: 1 }, "ko")).toBe("노트 1개");
		expect(formatMessage("{count, plural, one {# note} other {# notes}}", {})).toBe("{count, plural, one {# note} other {# notes}}");
	});

	test("Korean particles follow what was written before them, parameter or text", () => {
		expect(formatMessage("{path}{을/를} 만들었습니다", { path: "daily/2021-08-18.md" }, "ko")).toBe("daily/2021-08-18.md를 만들었습니다");
		expect(formatMessage("{date}{은/는} 주말입니다", { date: "2021-08-13" }, "ko")).toBe("2021-08-13은 주말입니다");
		expect(formatMessage("“{slug}”{으로/로} 게시합니다", { slug: "rnn-기초" }, "ko")).toBe("“rnn-기초”로 게시합니다");
		expect(formatMessage("{n, plural, other {노트 #개}}{이/가} 있습니다", { n: 3 }, "ko")).toBe("노트 3개가 있습니다");
		expect(formatMessage("{x/y} 東京{을/를}", {}, "ko")).toBe("{x/y} 東京을(를)");
	});

	test("placeholderNames lists plain and plural parameters, not user placeholders or particles", () => {
		expect(placeholderNames("{count, plural, one {# note of {owner}} other {# notes}} at {path}{을/를} {{day}}")).toEqual(["count", "owner", "path"]);
	});
});
