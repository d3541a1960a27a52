import { FrontMatterError, MAX_FRONT_MATTER_CHARS, parseNote } from "../../src/core/front-matter";

describe("parseNote: the one front matter reader", () => {
	test("reads a block after a byte-order mark", () => {
		const parsed = parseNote("a.md", "\uFEFF---\npublish: false\ntitle: Secret\n---\nbody\n");
		expect(parsed.frontMatter).toEqual({ publish: false, title: "Secret" });
		expect(parsed.body).toBe("body\n");
	});

	test("reads CRLF notes, with or without a BOM", () => {
		for (const prefix of ["", "\uFEFF"]) {
			const parsed = parseNote("a.md", `${prefix}---\r\npublish: true\r\ndate: 2021-08-10 21:30:00 +0900\r\n---\r\nline one\r\n`);
			expect(parsed.frontMatter).toEqual({ publish: true, date: "2021-08-10 21:30:00 +0900" });
			expect(parsed.body).toBe("line one\r\n");
			expect(parsed.rawBlock).toBe("---\r\npublish: true\r\ndate: 2021-08-10 21:30:00 +0900\r\n---\r\n");
		}
	});

	test("an empty block is empty front matter; no block is null", () => {
		expect(parseNote("a.md", "---\n---\ntext").frontMatter).toEqual({});
		expect(parseNote("a.md", "text\n---\na: 1\n---\n")).toEqual({ frontMatter: null, body: "text\n---\na: 1\n---\n", rawBlock: "" });
	});

	test("a block that never closes is an error, not a note without properties", () => {
		expect(() => parseNote("a.md", "---\npublish: false\ntitle: x\n")).toThrow(FrontMatterError);
	});

	test("keeps dates as written and knows no JavaScript types", () => {
		expect(parseNote("a.md", "---\ndate: 2021-08-10\n---\n").frontMatter).toEqual({ date: "2021-08-10" });
		expect(() => parseNote("a.md", "---\nf: !!js/function 'function () {}'\n---\n")).toThrow(FrontMatterError);
	});

	test("an alias bomb fails alone, at once", () => {
		const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
		for (let level = 1; level < 9; level++) {
			const previous = String.fromCharCode(96 + level);
			const name = String.fromCharCode(97 + level);
			levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
		}
		const bomb = `---\n${levels.join("\n")}\n---\nbody`;
		expect(bomb.length).toBeLessThan(600);
		expect(() => parseNote("bomb.md", bomb)).toThrow(/too many values/);
	});

	test("a value nested deeper than 64 levels fails alone; 60 levels are read", () => {
		const nested = (levels: number) => `---\nx: ${"[".repeat(levels)}${"]".repeat(levels)}\n---\nbody\n`;
		expect(() => parseNote("deep.md", nested(70))).toThrow(/too many values/);
		expect(parseNote("ok.md", nested(60)).body).toBe("body\n");
	});

	test("a few aliases, as authors use them, are fine", () => {
		const parsed = parseNote("a.md", "---\nbase: &b [ai, ml]\ntags: *b\ncategories: *b\n---\n");
		expect(parsed.frontMatter).toEqual({ base: ["ai", "ml"], tags: ["ai", "ml"], categories: ["ai", "ml"] });
	});

	test("a block over the size limit is refused", () => {
		const big = `---\nnote: "${"x".repeat(MAX_FRONT_MATTER_CHARS)}"\n---\n`;
		expect(() => parseNote("big.md", big)).toThrow(/larger than/);
	});

	test("a list or a scalar is not front matter", () => {
		expect(() => parseNote("a.md", "---\n- a\n---\n")).toThrow(/not a set of keys/);
		expect(() => parseNote("a.md", "---\njust text\n---\n")).toThrow(/not a set of keys/);
	});

	test("duplicate keys are broken front matter", () => {
		expect(() => parseNote("a.md", "---\npublish: true\npublish: false\n---\n")).toThrow(FrontMatterError);
	});
});
