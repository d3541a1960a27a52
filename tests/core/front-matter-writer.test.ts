import fc from "fast-check";
import yaml from "js-yaml";
import { writeFrontMatter, type FrontMatterValue } from "../../src/core/front-matter-writer";
import { formatLocalDateTime } from "../../src/core/local-time";
import { parseNote } from "../../src/core/front-matter";

describe("writeFrontMatter", () => {
	test("writes a bootcamp day the way Jekyll reads it", () => {
		const text = writeFrontMatter(
			{
				title: "[boostcourse] Day7 학습기록",
				excerpt: "7일차",
				toc: true,
				categories: ["boostcourse"],
				tags: [],
				date: "2021-08-10 21:30:00 +0900",
				publish: false,
			},
			{ alwaysQuote: ["title"] },
		);
		expect(text).toBe(
			[
				"---",
				'title: "[boostcourse] Day7 학습기록"',
				"excerpt: 7일차",
				"toc: true",
				"categories:",
				"  - boostcourse",
				"tags: []",
				"date: 2021-08-10 21:30:00 +0900",
				"publish: false",
				"---",
				"",
			].join("\n"),
		);
	});

	test("quotes what YAML would misread", () => {
		expect(writeFrontMatter({ "0.": "", num: "1e5", h: "0x1F", t: "~", word: "Y" })).toBe('---\n"0.": ""\nnum: "1e5"\nh: "0x1F"\nt: "~"\nword: "Y"\n---\n');
		const text = writeFrontMatter({ a: "Re: x", b: "yes", c: "#tag", d: "123", e: "- item", f: " padded", g: "C++" });
		expect(text).toContain('a: "Re: x"');
		expect(text).toContain('b: "yes"');
		expect(text).toContain('c: "#tag"');
		expect(text).toContain('d: "123"');
		expect(text).toContain('e: "- item"');
		expect(text).toContain('f: " padded"');
		expect(text).toContain("g: C++");
	});

	test("nested maps and lists of maps", () => {
		const data = { header: { overlay_image: "/assets/a.png", actions: [{ label: "More", url: "/x" }] } };
		const text = writeFrontMatter(data);
		expect(parseNote("n.md", `${text}body`).frontMatter).toEqual(data);
	});

	test("quotes strings that YAML would read as numbers, found by the property below", () => {
		const data = { tags: ["0.", "0b101", "+.inf", "1_000", "study"] };
		const text = writeFrontMatter(data);
		expect(text).toContain('- "0."');
		expect(text).toContain("- study");
		expect(parseNote("n.md", `${text}body`).frontMatter).toEqual(data);
	});

	test("any strings and lists read back exactly (property)", () => {
		const value: fc.Arbitrary<FrontMatterValue> = fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.array(fc.string()));
		fc.assert(
			fc.property(fc.dictionary(fc.string({ minLength: 1 }), value), (data) => {
				const text = writeFrontMatter(data);
				const body = text.slice(4, text.length - 4);
				expect(yaml.load(body, { schema: yaml.CORE_SCHEMA }) ?? {}).toEqual(data);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("titles and dates, checked without the parser where their form settles it", () => {
	const digits = (count: number) => fc.stringMatching(new RegExp(`^\\d{${count}}$`));
	const dateLike = fc
		.tuple(digits(4), digits(2), digits(2), fc.constantFrom("", " ", "T"), digits(2), digits(2), fc.constantFrom("", ":07", ":07.5"), fc.constantFrom("", " +0900", "-03:30", "Z", " Z"))
		.map(([y, m, d, sep, h, mi, s, zone]) => (sep === "" ? `${y}-${m}-${d}` : `${y}-${m}-${d}${sep}${h}:${mi}${s}${zone}`));
	const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constantFrom("[x] y", 'a "b" \\c', "\u0085", "\u007f", "a\u0086b", "\ufeff", "\u2028", "\ud800", "😀 이모지"));

	test("any title (always quoted) and any date-like text read back exactly (property)", () => {
		fc.assert(
			fc.property(anyText, dateLike, dateLike, (title, date, modified) => {
				const data = { title, date, last_modified_at: modified };
				let text: string;
				try {
					text = writeFrontMatter(data, { alwaysQuote: ["title"] });
				} catch {
					// Refusing is allowed; writing what reads back otherwise is not. The parser must agree it cannot be written.
					expect(() => yaml.load(`title: ${JSON.stringify(title)}`, { schema: yaml.CORE_SCHEMA })).toThrow();
					return;
				}
				expect(yaml.load(text.slice(4, text.length - 4), { schema: yaml.CORE_SCHEMA })).toEqual(data);
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("formatLocalDateTime", () => {
	test("carries the time zone's offset (tests run in Asia/Seoul)", () => {
		expect(formatLocalDateTime(new Date("2021-08-09T17:00:00Z"))).toBe("2021-08-10 02:00:00 +0900");
	});
});
