import fc from "fast-check";
import { extractNoteFacts, normaliseCategories, normaliseTags, type NoteSource } from "../../src/library/note-facts";
import { dateInFileName, parseWrittenDate } from "../../src/library/note-dates";

function source(partial: Partial<NoteSource>): NoteSource {
	return { path: "notes/Note.md", frontMatter: null, inlineTags: [], ctime: new Date(2021, 7, 20, 10).getTime(), mtime: 0, ...partial };
}

describe("note facts", () => {
	test("title comes from front matter, else the file name", () => {
		expect(extractNoteFacts(source({ frontMatter: { title: "[boostcourse] Day7 학습기록" } })).title).toBe("[boostcourse] Day7 학습기록");
		expect(extractNoteFacts(source({ path: "topics/CNN 기초.md" })).title).toBe("CNN 기초");
		expect(extractNoteFacts(source({ path: "a/b.md", frontMatter: { title: "  " } })).title).toBe("b");
	});

	test("categories: a list keeps items whole, a string splits like Jekyll, nesting by /", () => {
		expect(extractNoteFacts(source({ frontMatter: { categories: ["Computer Science", "DL/CNN "] } })).categories).toEqual(["Computer Science", "DL/CNN"]);
		expect(extractNoteFacts(source({ frontMatter: { categories: "ai deep-learning" } })).categories).toEqual(["ai", "deep-learning"]);
		expect(extractNoteFacts(source({ frontMatter: { categories: "boostcourse" } })).categories).toEqual(["boostcourse"]);
		expect(extractNoteFacts(source({ frontMatter: { categories: [] } })).categories).toEqual([]);
		expect(extractNoteFacts(source({ frontMatter: { categories: null } })).categories).toEqual([]);
	});

	test("tags: list or `a, b` string, # stripped, inline tags merged, duplicates dropped", () => {
		const facts = extractNoteFacts(source({ frontMatter: { tags: "#ai/vision, boostcamp" }, inlineTags: ["#질문거리", "#ai/vision", "#AI/Vision"] }));
		expect(facts.tags).toEqual(["ai/vision", "boostcamp", "질문거리"]);
		expect(extractNoteFacts(source({ frontMatter: { tags: ["ai/nlp", "#draft", 2021] } })).tags).toEqual(["ai/nlp", "draft", "2021"]);
	});

	test("date: front matter, else the file name, else the creation time", () => {
		const fromFrontMatter = extractNoteFacts(source({ path: "daily/2021-08-01.md", frontMatter: { date: "2021-08-10 21:30:00 +0900" } }));
		expect([fromFrontMatter.day, fromFrontMatter.dateSource]).toEqual(["2021-08-10", "front-matter"]);
		expect(fromFrontMatter.timestamp).toBe(Date.UTC(2021, 7, 10, 12, 30));
		const fromName = extractNoteFacts(source({ path: "daily/2021-08-11.md", frontMatter: { date: "someday" } }));
		expect([fromName.day, fromName.dateSource]).toEqual(["2021-08-11", "file-name"]);
		const fromCtime = extractNoteFacts(source({ path: "topics/Idea.md" }));
		expect([fromCtime.day, fromCtime.dateSource]).toEqual(["2021-08-20", "created"]);
	});

	test("a 2 a.m. log keeps the day its author wrote, whatever the offset", () => {
		expect(parseWrittenDate("2021-08-10 02:00:00 +0900")?.day).toBe("2021-08-10");
		expect(parseWrittenDate("2021-08-10T02:00:00-05:00")?.day).toBe("2021-08-10");
		expect(parseWrittenDate("2021-08-10")?.day).toBe("2021-08-10");
		expect(parseWrittenDate("2021-02-30")).toBeNull();
		expect(parseWrittenDate(20210810)).toBeNull();
		expect(dateInFileName("2021-13-01 plan")).toBeNull();
		expect(dateInFileName("회고 2021-12-31")?.day).toBe("2021-12-31");
	});

	test("publish flag", () => {
		expect(extractNoteFacts(source({ frontMatter: { publish: false } })).publish).toBe(false);
		expect(extractNoteFacts(source({ frontMatter: { publish: "true" } })).publish).toBe(true);
		expect(extractNoteFacts(source({})).publish).toBeNull();
	});

	test("a category or tag path is cleaned as segment by segment trimming would (spaces, empty segments)", () => {
		// The plain way, which the fast path for already clean paths must agree with.
		const segmentByTrim = (raw: string) =>
			raw
				.split("/")
				.map((segment) => segment.trim())
				.filter((segment) => segment !== "")
				.join("/");
		const pathLike = fc.array(fc.constantFrom("a", "DL", "학습", " ", "\t", "/", "b c"), { maxLength: 8 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(pathLike, (raw) => {
				const expected = segmentByTrim(raw);
				expect(extractNoteFacts(source({ frontMatter: { categories: [raw] } })).categories).toEqual(expected === "" ? [] : [expected]);
			}),
			{ numRuns: 300 },
		);
	});
});

/** The normalisation written the plain way (copies, a set): the one used must agree with it. */
function plainClean(raw: string): string {
	if (!raw.includes("/")) return raw.trim();
	return raw
		.split("/")
		.map((segment) => segment.trim())
		.filter((segment) => segment !== "")
		.join("/");
}
function plainList(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((item) => typeof item === "string" || typeof item === "number").map(String);
	if (typeof value === "string") return value.split(/[,\s]+/);
	if (typeof value === "number") return [String(value)];
	return [];
}
function plainUnique(values: string[]): string[] {
	const seen = new Set<string>();
	return values.filter((value) => {
		const key = value.toLowerCase();
		if (value === "" || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

describe("category and tag normalisation", () => {
	const word = fc.constantFrom("ai", "AI", "ai/", "#ai", "##ai/nlp", " ai / nlp ", "ai//nlp", "학습", "", " ", "/", "x y", 7, null, "A/B", "a/b");
	const value = fc.oneof(fc.array(word, { maxLength: 40 }), fc.constantFrom("ai, AI nlp", "", 3, null, undefined, { a: 1 }));
	test("keeps the first of each name (case aside), cleaned, in order, for lists of any length", () => {
		fc.assert(
			fc.property(value, fc.array(fc.constantFrom("ai", "#ai", "Ai/", "nlp", " x "), { maxLength: 20 }), (raw, inline) => {
				expect(normaliseCategories(raw)).toEqual(plainUnique(plainList(raw).map(plainClean)));
				expect(normaliseTags(raw, inline)).toEqual(plainUnique([...plainList(raw), ...inline].map((tag) => plainClean(tag.trim().replace(/^#+/, "")))));
			}),
			{ numRuns: 3000 },
		);
	});
});
