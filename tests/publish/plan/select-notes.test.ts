import { selectPublishedNotes, type SelectionOptions } from "../../../src/publish/plan/select-notes";

const note = (path: string, frontMatter: string | null, body = "본문\n") => ({
	path,
	text: frontMatter === null ? body : `---\n${frontMatter}\n---\n${body}`,
});

const vault = [
	note("daily/2021-08-10.md", "publish: true"),
	note("daily/2021-08-11.md", null),
	note("topics/Draft.md", "publish: false"),
	note("topics/Quoted.md", 'publish: "yes"'),
	note("blog/Post.md", "title: x"),
	note("blog/Private.md", "publish: false"),
	note("blogger/Other.md", null),
	note("templates/day.md", "publish: true"),
];

function select(options: Partial<SelectionOptions> = {}) {
	const result = selectPublishedNotes(vault, { publishedFolders: [], everyNote: false, excluded: ["templates/day.md"], ...options });
	return { published: [...result.published].sort(), errors: result.errors };
}

describe("selectPublishedNotes", () => {
	test("publishes notes marked true (or yes), never the template", () => {
		expect(select().published).toEqual(["daily/2021-08-10.md", "topics/Quoted.md"]);
	});

	test("published folders add their notes, except those marked false, and match whole folder names", () => {
		expect(select({ publishedFolders: ["/blog/", " "] }).published).toEqual(["blog/Post.md", "daily/2021-08-10.md", "topics/Quoted.md"]);
	});

	test("every note (CLI --all) still respects publish: false and the template", () => {
		expect(select({ everyNote: true }).published).toEqual([
			"blog/Post.md",
			"blogger/Other.md",
			"daily/2021-08-10.md",
			"daily/2021-08-11.md",
			"topics/Quoted.md",
		]);
	});

	test("the picked note is published even when unmarked, but not when marked false", () => {
		expect(select({ picked: "daily/2021-08-11.md" }).published).toContain("daily/2021-08-11.md");
		const refused = select({ picked: "topics/Draft.md" });
		expect(refused.published).not.toContain("topics/Draft.md");
		expect(refused.errors).toEqual([{ source: "topics/Draft.md", code: "marked-private", message: "publish: false" }]);
	});

	test("broken front matter is an error only for a note that would be published", () => {
		const broken = [
			{ path: "a.md", text: "---\npublish: true\ntitle: [oops\n---\nx" },
			{ path: "b.md", text: "---\ntitle: [oops\n---\nx" },
			{ path: "blog/c.md", text: "---\ntitle: [oops\n---\nx" },
		];
		const result = selectPublishedNotes(broken, { publishedFolders: ["blog"], everyNote: false, excluded: [] });
		expect(result.published.size).toBe(0);
		expect(result.errors.map((e) => [e.source, e.code])).toEqual([
			["a.md", "front-matter"],
			["blog/c.md", "front-matter"],
		]);
		expect(result.errors[0].message).not.toBe("");
	});
});
