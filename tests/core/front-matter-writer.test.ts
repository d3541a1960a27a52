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
		);
	});
});

describe("formatLocalDateTime", () => {
	test("carries the time zone's offset (tests run in Asia/Seoul)", () => {
		expect(formatLocalDateTime(new Date("2021-08-09T17:00:00Z"))).toBe("2021-08-10 02:00:00 +0900");
	});
});
