import fc from "fast-check";
import yaml from "js-yaml";
import { readSimpleFrontMatter } from "../../src/core/simple-front-matter";

const core = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

describe("readSimpleFrontMatter: the usual front matter without the YAML parser", () => {
	test("reads what notes usually hold, exactly as js-yaml's core schema does", () => {
		const text = [
			'title: "[boostcourse] Day7 학습기록"',
			"date: 2021-08-10 21:30:00 +0900",
			'categories: ["Computer Science", DL/CNN]',
			"tags: [학습기록, ai/nlp]",
			"publish: true",
			"draft: False",
			"day: 7",
			"subtitle: 역전파 정리 (2)",
			"empty:",
			"list: []",
			"quoted: 'a # not a comment'",
			"",
		].join("\n");
		const simple = readSimpleFrontMatter(text);
		expect(simple).toBeDefined();
		expect(simple).toEqual(core(text));
	});

	test("a word an object inherits (`constructor`, `toString`) is plain text, as for js-yaml", () => {
		const text = "title: constructor\ncategory: toString\ntags: [hasOwnProperty, valueOf]\n";
		expect(readSimpleFrontMatter(text)).toEqual({ title: "constructor", category: "toString", tags: ["hasOwnProperty", "valueOf"] });
		expect(readSimpleFrontMatter(text)).toEqual(core(text));
	});

	test.each([
		["a comment", "title: x # note"],
		["a colon in a value", "title: Re: x"],
		["an escape", 'title: "a\\"b"'],
		["a block list", "tags:\n  - a\n  - b"],
		["a repeated key", "a: 1\na: 2"],
		["a number with a sign", "n: -1"],
		["a float", "n: 1.5"],
		["a number in a list", "a: [x, 1]"],
		["an anchor", "a: &x y"],
		["CRLF", "a: b\r\n"],
		["a blank line", "a: b\n\nc: d"],
		["__proto__", "__proto__: x"],
	])("leaves %s to the parser", (_name, text) => {
		expect(readSimpleFrontMatter(text)).toBeUndefined();
	});

	test("whatever it reads, js-yaml reads the same (and it never reads what js-yaml refuses)", () => {
		const token = fc.constantFrom(
			"a", "DL", "학습", "Computer Science", "x_y", "ai/nlp", "C++", "v1.2", "true", "False", "NULL", "~", "yes", "0", "7", "007", "12345678901234567",
			"-1", "1.5", ".inf", "2021-08-10", "2021-08-10 21:30:00 +0900", "2021-08-10T21:30:00Z", "Re: x", "a # b", "a#b", "it's", "\"q\"", "'q'",
			'"a\\"b"', "'it''s'", "[a, b]", "[]", "[ ]", "[a,]", "[\"x, y\"]", "{a: b}", "&x", "*x", "!t", "|", ">", "@", "%", "`", "-", "- a", "(x)", " ", "", "constructor", "toString", "\u00a0x", "a\u2028b", "  x", "x  ",
		);
		const key = fc.constantFrom("title", "date", "tags", "a", "b", "__proto__", "true", "x-y", "_k", "1a");
		const line = fc.tuple(key, fc.constantFrom(": ", ":", ":  ", " : "), fc.array(token, { minLength: 1, maxLength: 2 })).map(([k, sep, parts]) => `${k}${sep}${parts.join("")}`);
		const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([lines, newline]) => lines.join("\n") + (newline ? "\n" : ""));
		fc.assert(
			fc.property(text, (yamlText) => {
				const simple = readSimpleFrontMatter(yamlText);
				if (simple === undefined) return;
				expect(simple).toEqual(core(yamlText));
			}),
			{ numRuns: 4000 },
		);
	});
});
