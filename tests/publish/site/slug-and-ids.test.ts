import { createHeadingIdGenerator } from "../../../src/publish/site/heading-ids";
import { parsePostDate } from "../../../src/publish/site/post-date";
import { shortHash, slugify, webSafeFileName } from "../../../src/publish/site/slug";

describe("slugify", () => {
	test.each([
		["[boostcourse] Day7 학습기록", "unicode", "boostcourse-day7-학습기록"],
		["C++ & Python: 자료구조!", "unicode", "c-python-자료구조"],
		["Big-O 표기법", "ascii", "big-o"],
		["Café Notes", "ascii", "cafe-notes"],
		["학습기록_minibatch28", "unicode", "학습기록-minibatch28"],
		["  --Spaces   and -- dashes--  ", "unicode", "spaces-and-dashes"],
		["한글만", "ascii", ""],
	] as const)("%s (%s) → %s", (text, mode, expected) => {
		expect(slugify(text, mode)).toBe(expected);
	});

	test("web-safe asset names never start with _ or . and keep their extension", () => {
		expect(webSafeFileName("_hidden.PNG")).toBe("hidden.png");
		expect(webSafeFileName(".dotfile.jpg")).toBe("dotfile.jpg");
		expect(webSafeFileName("학습 이미지 #1?.gif")).toBe("학습-이미지-1.gif");
		expect(webSafeFileName("___.png")).toMatch(/^file-[0-9a-f]{8}\.png$/);
	});

	test("the short hash is stable and differs between names", () => {
		expect(shortHash("a")).toBe(shortHash("a"));
		expect(shortHash("a")).not.toBe(shortHash("b"));
	});
});

// Expected ids come from `jekyll build` (Jekyll 4.3.1, kramdown 2.4.0, kramdown-parser-gfm 1.1.0).
describe("kramdown heading ids", () => {
	test("GFM input keeps Hangul, drops punctuation and numbers repeats", () => {
		const ids = createHeadingIdGenerator(true);
		const headings = ["학습 내용", "학습 내용", "Use <mark>mark</mark> here", "See [link text](/x.html) ok", "C++ & Python: 자료구조!", "`code` span_under 1.2", "Big-O 표기법 (O(n))", "Ünïcode Café", "1. Intro", "**Bold** and *it* and _u_ ~~del~~", "Math $$x^2$$ here", "Img ![alt](/a.png) end", "Esc \\* star &amp; amp", "Tab\tin"];
		expect(headings.map((heading) => ids.next(heading))).toEqual([
			"학습-내용", "학습-내용-1", "use-mark-here", "see-link-text-ok", "c--python-자료구조", "code-span_under-12", "big-o-표기법-on", "ünïcode-café", "1-intro", "bold-and-it-and-u-del", "math-x2-here", "img--end", "esc--star--amp", "tab-in",
		]);
	});

	test("plain kramdown input gives ASCII ids from the raw text", () => {
		const ids = createHeadingIdGenerator(false);
		const headings = ["학습 내용", "1. Intro 학습", "Tab\tin", "Img ![alt](/a.png) end", "2021-08-10", "학습"];
		expect(headings.map((heading) => ids.next(heading))).toEqual(["section", "intro-", "tabin", "img-altapng-end", "section-1", "section-2"]);
	});
});

describe("parsePostDate", () => {
	test("keeps the author's offset, adds the vault's when missing, keeps a bare day", () => {
		expect(parsePostDate("2021-08-10T21:30:00+09:00")?.written).toBe("2021-08-10 21:30:00 +0900");
		expect(parsePostDate("2021-08-10 02:00")?.written).toBe("2021-08-10 02:00:00 +0900");
		expect(parsePostDate("2021-08-10")).toMatchObject({ written: "2021-08-10", dateOnly: true, day: "2021-08-10" });
		expect(parsePostDate("2021-02-30")).toBeNull();
		expect(parsePostDate("yesterday")).toBeNull();
	});
});
