import matter from "gray-matter";
import { dayFrontMatter, mergeFrontMatter, parseTemplateNote, renderTemplateFrontMatter, writeDayFrontMatter } from "../../src/daily/day-front-matter";
import type { PlaceholderContext } from "../../src/daily/placeholders";

const moment = new Date("2021-08-13T21:30:00");
const now = new Date("2021-08-13T23:10:00");
const context = (course: string): PlaceholderContext => ({ language: "ko", course, day: 10, moment, now, title: `[${course}] Day10 학습기록`, yesterday: "[[daily/2021-08-12|2021-08-12]]" });

function generated(course: string) {
	return dayFrontMatter({ title: `[${course}] Day10 학습기록`, excerpt: `${course} 10일차`, categories: [course], tags: ["#boostcamp", "", "학습기록"], moment, now });
}

describe("front matter of a new day note", () => {
	test("has every key Jekyll needs, as YAML that parses back", () => {
		const text = writeDayFrontMatter(generated("boostcourse"));
		expect(text).toContain('title: "[boostcourse] Day10 학습기록"');
		expect(text).toContain("date: 2021-08-13 21:30:00 +0900");
		expect(text).not.toContain("- []");
		expect(matter(text).data).toEqual({
			title: "[boostcourse] Day10 학습기록",
			excerpt: "boostcourse 10일차",
			toc: true,
			toc_sticky: true,
			categories: ["boostcourse"],
			tags: ["boostcamp", "학습기록"],
			date: "2021-08-13 21:30:00 +0900", // the vault's offset, as Jekyll reads it
			last_modified_at: "2021-08-13 23:10:00 +0900",
			publish: false,
		});
	});

	test.each(["a: b", 'say "hi"', "#1 course", "- dash", "[x] y", "it's", "yes", "AI Tech: 2021 #boost"])("course %j stays what it is", (course) => {
		const data = matter(writeDayFrontMatter(generated(course)), {}).data;
		expect(data.title).toBe(`[${course}] Day10 학습기록`);
		expect(data.categories).toEqual([course]);
		expect(data.excerpt).toBe(`${course} 10일차`);
	});

	test("empty lists stay lists, never a list holding an empty list", () => {
		const text = writeDayFrontMatter(dayFrontMatter({ title: "t", excerpt: "e", categories: [""], tags: [], moment, now }));
		expect(text).toContain("categories: []");
		expect(text).not.toContain("- []");
		expect(matter(text).data.categories).toEqual([]);
	});
});

describe("a template's own front matter", () => {
	const template = [
		"---",
		'title: "{{title}}"',
		"excerpt: {{course}} {{day}}일차", // unquoted placeholders still parse
		"categories:",
		"  - \"{{course}}\"",
		"  - Daily",
		"tags: {{course}}",
		"layout: single",
		"toc:",
		"date: \"{{date:YYYY-MM-DD}} 21:30:00 +0900\"",
		"prev: \"{{yesterday}}\"",
		"mood: \"{{weather}}\"",
		"---",
		"본문 {{day}}",
	].join("\n");

	test("its values win where set, placeholders rendered, in its order; the rest is added", () => {
		for (const course of ["boostcourse", "a: b", 'q"uote', "#hash"]) {
			const parsed = parseTemplateNote("t.md", template);
			expect(parsed.body).toBe("본문 {{day}}");
			const unknown: string[] = [];
			const merged = mergeFrontMatter(generated(course), renderTemplateFrontMatter(parsed, context(course), unknown));
			expect(unknown).toEqual(["{{weather}}"]);
			const data = matter(writeDayFrontMatter(merged), {}).data;
			expect(Object.keys(data)).toEqual(["title", "excerpt", "categories", "tags", "layout", "toc", "date", "prev", "mood", "toc_sticky", "last_modified_at", "publish"]);
			expect(data.title).toBe(`[${course}] Day10 학습기록`);
			expect(data.excerpt).toBe(`${course} 10일차`);
			expect(data.categories).toEqual([course, "Daily"]);
			expect(data.tags).toEqual(course.split(/[,\s]+/)); // a string becomes a list, as Jekyll splits it
			expect(data.toc).toBe(true); // unset in the template: the generated value
			expect(data.prev).toBe("[[daily/2021-08-12|2021-08-12]]");
			expect(data.mood).toBe("{{weather}}");
			expect(data.publish).toBe(false);
		}
	});

	test("the template's date wins", () => {
		const parsed = parseTemplateNote("t.md", template);
		const merged = mergeFrontMatter(generated("c"), renderTemplateFrontMatter(parsed, context("c"), []));
		expect(writeDayFrontMatter(merged)).toContain("date: 2021-08-13 21:30:00 +0900");
	});

	test("broken YAML is an error naming the template", () => {
		expect(() => parseTemplateNote("templates/bad.md", "---\ntitle: [unclosed\n---\nbody")).toThrow(/templates\/bad\.md/);
	});

	test("a template without front matter is all body", () => {
		expect(parseTemplateNote("t.md", "## {{title}}\n")).toEqual({ frontMatter: null, body: "## {{title}}\n", protectedPlaceholders: [] });
	});
});
