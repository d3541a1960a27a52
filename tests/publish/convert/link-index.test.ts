import fc from "fast-check";
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

describe("the shortcut for unique names gives the answers the folders would", () => {
	// Names that collide by case, by Unicode form (한 as one character and as jamo), by extension
	// and with folder names; links that name folders (`.`, `..`, `..md`), files and neither.
	const names = ["Case", "case", "한글", "\u1112\u1161\u11ab\u1100\u1173\u11af", "a", "b c", "daily", ".", "..", "x.png"];
	const folders = ["", "daily", "a", "a/deep", "Case"];
	const vaultPath = fc.tuple(fc.constantFrom(...folders), fc.constantFrom(...names), fc.constantFrom(".md", ".png", ".MD")).map(([folder, name, ext]) => `${folder ? `${folder}/` : ""}${name}${ext}`);
	const link = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...names).map((name) => `${name}.md`), fc.constantFrom("..md", ".md", "a/Case", "../Case", "./b c", "x.png.md"));

	test("resolve equals resolveFromFolder for every link and folder", () => {
		fc.assert(
			fc.property(fc.uniqueArray(vaultPath, { maxLength: 12 }), fc.array(link, { minLength: 1, maxLength: 6 }), fc.constantFrom(...folders), (paths, links, folder) => {
				const notes = paths.filter((path) => /\.md$/i.test(path));
				const attachments = paths.filter((path) => !/\.md$/i.test(path));
				const fast = new LinkIndex(notes, attachments);
				const general = new LinkIndex(notes, attachments);
				const source = `${folder ? `${folder}/` : ""}note.md`;
				for (const written of links) expect(fast.resolve(written, source)).toEqual(general.resolveFromFolder(written, source));
			}),
			{ numRuns: 3000 },
		);
	});
});
