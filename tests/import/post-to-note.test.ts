import { BlogCatalogue, readBlogPost, type BlogPost } from "../../src/import/blog-catalogue";
import { postToNote } from "../../src/import/post-to-note";
import { readSiteReference } from "../../src/import/site-references";
import { noticesToCallouts } from "../../src/import/theme-notices";
import { DEFAULT_PUBLISH_SETTINGS } from "../../src/publish/publish-settings";
import { parseSiteConfig } from "../../src/publish/site/site-config";

const site = parseSiteConfig('baseurl: "/blog"\npermalink: /:year/:month/:day/:title/\n', DEFAULT_PUBLISH_SETTINGS);
const ORIGIN = "https://me.github.io";

function blogPost(path: string, text: string): BlogPost {
	const post = readBlogPost(path, text, site);
	if (!("text" in post)) throw new Error(`not a post: ${post.reason}`);
	return post;
}

const target = blogPost("_posts/2021-08-10-day7.md", '---\ntitle: "Day 7"\ndate: 2021-08-10 21:30:00 +0900\n---\n## 오늘 배운 것\n\ntext\n');

function importBody(body: string, files: string[] = []): ReturnType<typeof postToNote> {
	const post = blogPost("_posts/2021-08-11-day8.md", `---\ntitle: Day 8\ndate: 2021-08-11\n---\n${body}`);
	const catalogue = new BlogCatalogue([target, post], site);
	return postToNote(post, {
		readReference: (destination) => readSiteReference(destination, ORIGIN),
		postOf: (reference) =>
			(reference.kind === "post-name" ? catalogue.byName(reference.name) : reference.kind === "address" ? catalogue.bySiteAddress(reference.address) : reference.kind === "site-file" ? catalogue.bySitePath(reference.path) : undefined) ?? null,
		siteFileOf: (reference) => (reference.kind === "address" && files.includes(reference.address.replace(/^\/blog\//, "")) ? reference.address.replace(/^\/blog\//, "") : null),
		notePath: (blog) => blog.name,
		attachmentPath: (sitePath) => sitePath.slice(sitePath.lastIndexOf("/") + 1),
	});
}

describe("a post back into a note", () => {
	test("the front matter stays as written, with publish: true added last", () => {
		const note = importBody("body\n");
		expect(note.text).toBe("---\ntitle: Day 8\ndate: 2021-08-11\npublish: true\n---\nbody\n");
	});

	test.each([
		["[어제]({% post_url 2021-08-10-day7 %})", "[[2021-08-10-day7|어제]]"],
		["[배운 것]({% post_url 2021-08-10-day7 %}#오늘-배운-것)", "[[2021-08-10-day7#오늘 배운 것|배운 것]]"],
		["[tag]({% link _posts/2021-08-10-day7.md %})", "[[2021-08-10-day7|tag]]"],
		["[site]({{ site.baseurl }}/2021/08/10/day7/)", "[[2021-08-10-day7|site]]"],
		["[filter]({{ '/2021/08/10/day7/' | relative_url }})", "[[2021-08-10-day7|filter]]"],
		["[plain](/blog/2021/08/10/day7/)", "[[2021-08-10-day7|plain]]"],
		["[absolute](https://me.github.io/blog/2021/08/10/day7/)", "[[2021-08-10-day7|absolute]]"],
	])("%s becomes a wiki-link", (link, wiki) => {
		expect(importBody(`${link}\n`).text).toContain(`${wiki}\n`);
	});

	test("links it cannot express exactly stay as written and are reported", () => {
		const note = importBody("[x]({% post_url 2021-08-10-day7 %}#no-such-heading) [y]({% post_url 2099-01-01-missing %}) [z](https://example.com)\n");
		expect(note.text).toContain("[x]({% post_url 2021-08-10-day7 %}#no-such-heading) [y]({% post_url 2099-01-01-missing %}) [z](https://example.com)");
		expect(note.kept.map((item) => item.kind)).toEqual(["anchor", "link"]);
	});

	test("site images become embeds, a width included; other images stay", () => {
		const note = importBody('![board](/blog/assets/board.png){: width="300"} ![far](https://x.org/a.png)\n', ["assets/board.png"]);
		expect(note.text).toContain("![[board.png|board|300]] ![far](https://x.org/a.png)\n");
	});

	test("code, math and Liquid stay byte for byte; #words that would become tags are escaped", () => {
		const body = "```\n[a]({% post_url 2021-08-10-day7 %}) #x\n```\n\nmath $$x^2$$ and {{ site.title }} and `#code` and #word\n";
		const note = importBody(body);
		expect(note.text).toContain("```\n[a]({% post_url 2021-08-10-day7 %}) #x\n```\n\nmath $$x^2$$ and {{ site.title }} and `#code` and \\#word\n");
		expect(note.kept.map((item) => item.kind)).toEqual(["liquid"]);
	});
});

describe("theme notices to callouts", () => {
	test("a minimal-mistakes paragraph notice, a notice div and a Chirpy prompt", () => {
		const text = [
			"**Careful**",
			"Do not push.",
			"{: .notice--warning}",
			"",
			'<div class="notice--info" markdown="1">',
			"Inside.",
			"</div>",
			"",
			"> Tip text.",
			"{: .prompt-tip }",
			"",
			"```",
			"{: .notice--info}",
			"```",
		].join("\n");
		expect(noticesToCallouts(text)).toEqual({
			text: ["> [!warning] Careful", "> Do not push.", "", "> [!info]", "> Inside.", "", "> [!tip]", "> Tip text.", "", "```", "{: .notice--info}", "```"].join("\n"),
			converted: 3,
		});
	});
});
