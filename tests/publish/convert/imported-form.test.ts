import { keptFrontMatter, liquidSpans, markRunningLiquid } from "../../../src/publish/convert/imported-form";
import { protectLiquid } from "../../../src/publish/convert/liquid";
import { contentHash } from "../../../src/publish/plan/content-hash";
import type { ImportedOrigin } from "../../../src/publish/plan/manifest";

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
