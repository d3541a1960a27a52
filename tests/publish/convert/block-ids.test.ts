import { convertVault } from "../../../src/publish/convert/convert-vault";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

const TIME = Date.UTC(2021, 7, 10, 12);
const site = parseSiteConfig(null, DEFAULT_PUBLISH_SETTINGS);

function linkFrom(target: string, links: string): { body: string; warnings: string[] } {
	const notes = [
		{ path: "Source.md", text: `---\ndate: 2021-08-10\n---\n${links}\n`, ctime: TIME, mtime: TIME },
		{ path: "Target.md", text: target, ctime: TIME, mtime: TIME },
	];
	const result = convertVault({ notes, attachments: [], publishedPaths: new Set(notes.map((note) => note.path)), settings: DEFAULT_PUBLISH_SETTINGS, site });
	const post = result.posts.find((item) => item.source === "Source.md")!;
	return { body: post.content.slice(post.content.indexOf("\n---\n") + 5), warnings: post.warnings.map((warning) => `${warning.code} ${String(warning.params.block ?? "")}`) };
}

describe("block ids a link can reach", () => {
	test("found on any line, whatever its line ending, and only where an id may stand", () => {
		const target = "---\ndate: 2021-08-09\n---\nfirst ^one\r\nx^2 is not an id\r\nthird ^three\r\n\r\n- item ^last";
		const { body, warnings } = linkFrom(target, "[[Target#^one]] [[Target#^three]] [[Target#^last]] [[Target#^2]]");
		expect(body).toContain("[Target > one]({% post_url 2021-08-09-target %}#one)");
		expect(body).toContain("[Target > three]({% post_url 2021-08-09-target %}#three)");
		expect(body).toContain("[Target > last]({% post_url 2021-08-09-target %}#last)");
		expect(warnings).toEqual(["missing-block 2"]);
	});

	test("a note without any `^` has no ids", () => {
		expect(linkFrom("---\ndate: 2021-08-09\n---\nplain text", "[[Target#^a]]").warnings).toEqual(["missing-block a"]);
	});
});
