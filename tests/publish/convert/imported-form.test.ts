import { convertVault } from "../../../src/publish/convert/convert-vault";
import { keptFrontMatter, liquidSpans, markRunningLiquid } from "../../../src/publish/convert/imported-form";
import { protectLiquid } from "../../../src/publish/convert/liquid";
import { contentHash } from "../../../src/publish/plan/content-hash";
import type { ImportedOrigin } from "../../../src/publish/plan/manifest";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

const POST_BLOCK = '---\ntitle: "Git basics"\ndate: 2021-07-05 20:00:00 +0900\ncategories: [dev]\n---\n';

function origin(extra: Partial<ImportedOrigin> = {}): ImportedOrigin {
	return { frontMatter: contentHash(POST_BLOCK), post: "_posts/2021-07-05-git-basics.md", liquid: [], assets: {}, ...extra };
}

describe("an imported note publishes back into its post's form", () => {
	test("the author's front matter as written, once the import's publish: true is taken off", () => {
		const note = POST_BLOCK.replace(/---\n$/, "publish: true\n---\n");
		expect(keptFrontMatter(note, origin())).toBe(POST_BLOCK);
	});

	test("a post that said publish itself keeps its block whole", () => {
		const block = "---\ntitle: A\npublish: true\n---\n";
		expect(keptFrontMatter(block, origin({ frontMatter: contentHash(block) }))).toBe(block);
	});

	test("a changed front matter is the publisher's again", () => {
		const note = POST_BLOCK.replace("[dev]", "[dev, git]").replace(/---\n$/, "publish: true\n---\n");
		expect(keptFrontMatter(note, origin())).toBeNull();
		expect(keptFrontMatter(POST_BLOCK, undefined)).toBeNull();
	});

	test("the post's own Liquid runs as written; Liquid written since shows literally", () => {
		const post = 'Called {{ site.title }}.\n\n{% include note.html text="x" %}\n\n{% raw %}{{ a }}{% endraw %}\n';
		const running = origin({ liquid: liquidSpans(post) });
		expect(protectLiquid(markRunningLiquid(post, running)).text).toBe(post);
		const added = `${post}New: {{ page.title }}\n`;
		expect(protectLiquid(markRunningLiquid(added, running)).text).toBe(`${post}New: {{ "{{" }} page.title }}\n`);
		expect(protectLiquid(markRunningLiquid(post, undefined)).escaped).toBe(5);
	});
});

describe("converting a vault with imported notes", () => {
	const settings = DEFAULT_PUBLISH_SETTINGS;
	const site = parseSiteConfig('baseurl: "/blog"\npermalink: /:categories/:year/:month/:day/:title/\n', settings);
	const post = `${POST_BLOCK}![Board](/blog/assets/images/board.png)\n\nSee {{ site.title }}.\n`;
	const note = post.replace("categories: [dev]\n---\n", "categories: [dev]\npublish: true\n---\n").replace("![Board](/blog/assets/images/board.png)", "![[board.png|Board]]");
	const imported = new Map([
		[
			"blog/java/2021-07-05-git-basics.md",
			origin({ post: "_posts/java/2021-07-05-git-basics.md", liquid: ["{{ site.title }}"], assets: { "blog/assets/images/board.png": "assets/images/board.png" }, addresses: { "blog/assets/images/board.png": "/blog/assets/images/board.png" } }),
		],
	]);

	function convert(text: string) {
		const notes = [{ path: "blog/java/2021-07-05-git-basics.md", text, ctime: 0, mtime: Date.UTC(2021, 8, 1) }];
		return convertVault({ notes, attachments: ["blog/assets/images/board.png"], publishedPaths: new Set(notes.map((item) => item.path)), settings, site, imported });
	}

	test("gives back the post where it was, byte for byte, using the site's own image", () => {
		const result = convert(note);
		expect(result.errors).toEqual([]);
		expect(result.posts.map((item) => [item.path, item.content])).toEqual([["_posts/java/2021-07-05-git-basics.md", post]]);
		expect(result.assets).toEqual([]);
	});

	test("an inline tag written since brings the publisher's front matter back, with the tag", () => {
		const [converted] = convert(`${note}\nNow with #git.\n`).posts;
		expect(converted.content).toMatch(/^---\ntitle: "Git basics"\n[\s\S]*tags:\n {2}- git\n---\n/);
	});

	test("without the record it is an ordinary note: its own front matter, a copied image, Liquid shown as text", () => {
		const notes = [{ path: "blog/java/2021-07-05-git-basics.md", text: note, ctime: 0, mtime: Date.UTC(2021, 8, 1) }];
		const result = convertVault({ notes, attachments: ["blog/assets/images/board.png"], publishedPaths: new Set([notes[0].path]), settings, site });
		expect(result.posts[0].path).toBe("_posts/2021-07-05-git-basics.md");
		expect(result.posts[0].content).toContain('{{ "{{" }} site.title }}');
		expect(result.assets.map((asset) => asset.source)).toEqual(["blog/assets/images/board.png"]);
	});
});
