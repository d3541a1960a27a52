import { LinkIndex } from "../../../src/publish/convert/link-index";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parsePostDate } from "../../../src/publish/site/post-date";
import { postUrl, sanitizeUrl } from "../../../src/publish/site/permalink";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

describe("LinkIndex resolves case like Obsidian: exact first, then case-insensitive", () => {
	test("[[Case]] reaches Case.md even when case.md exists, whatever the order", () => {
		for (const notes of [["case.md", "Case.md"], ["Case.md", "case.md"]]) {
			const index = new LinkIndex(notes, []);
			expect(index.resolve("Case", "x.md")?.path).toBe("Case.md");
			expect(index.resolve("case", "x.md")?.path).toBe("case.md");
		}
	});

	test("across folders, the exactly written name wins over a shorter case variant", () => {
		const index = new LinkIndex(["a/Case.md", "b/deep/case.md"], []);
		expect(index.resolve("Case", "x.md")?.path).toBe("a/Case.md");
		expect(index.resolve("case", "x.md")?.path).toBe("b/deep/case.md");
	});

	test("without an exact match, a case variant still resolves", () => {
		const index = new LinkIndex(["topics/Optimization.md"], []);
		expect(index.resolve("optimization", "x.md")?.path).toBe("topics/Optimization.md");
	});
});

describe("report URLs never climb with ..", () => {
	test("hostile categories are squeezed the way Jekyll squeezes them", () => {
		const site = parseSiteConfig("permalink: /:categories/:title/\n", DEFAULT_PUBLISH_SETTINGS);
		const url = postUrl(site, { date: parsePostDate("2021-08-10")!, path: "2021-08-10-x", slug: "x", categories: ["..", "../..", "a"] });
		expect(url).not.toContain("..");
		expect(url).toBe("/a/x/");
		expect(sanitizeUrl("../etc/./passwd")).toBe("/etc/passwd");
	});
});
