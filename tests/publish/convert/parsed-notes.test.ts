import { parseNote } from "../../../src/core/front-matter";
import { convertVault, type VaultNote } from "../../../src/publish/convert/convert-vault";
import { selectPublishedNotes } from "../../../src/publish/plan/select-notes";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

const TIME = Date.UTC(2021, 7, 10, 12);
const site = parseSiteConfig(null, DEFAULT_PUBLISH_SETTINGS);
const note = (path: string, text: string): VaultNote => ({ path, text, ctime: TIME, mtime: TIME });

describe("the selection's split of each note is the converter's", () => {
	const notes = [
		note("A.md", "---\ntitle: A\ndate: 2021-08-10\ntags: [x]\npublish: true\n---\nSee [[B]] and [[B#개요]].\n"),
		note("B.md", "---\ndate: 2021-08-09\npublish: true\n---\n## 개요\ntext\n"),
		// Our own sentinel characters in a note are replaced before it is read: its split is made again.
		note("C.md", "---\ntitle: \"\uFDD0x\uFDD1\"\ndate: 2021-08-08\npublish: true\n---\nbody \uFDD2y\uFDD3\n"),
		note("Broken.md", "---\ntitle: [oops\npublish: true\n---\nbody\n"),
	];
	const selection = selectPublishedNotes(notes, { publishedFolders: [], everyNote: false, excluded: [] });
	const input = { notes, attachments: [], publishedPaths: selection.published, settings: DEFAULT_PUBLISH_SETTINGS, site };

	test("the selection keeps the split of every note it could read, and none of a broken one", () => {
		expect([...selection.parsed.keys()].sort()).toEqual(["A.md", "B.md", "C.md"]);
		expect(selection.parsed.get("A.md")).toEqual(parseNote("A.md", notes[0].text));
	});

	test("converting with the selection's splits gives exactly what converting alone gives", () => {
		expect(convertVault({ ...input, parsed: selection.parsed })).toEqual(convertVault(input));
	});

	test("a split whose text held sentinels is not used as it is", () => {
		const wrong = new Map(selection.parsed);
		wrong.set("C.md", { frontMatter: { title: "stale", date: "2021-08-08" }, body: "stale\n", rawBlock: "" });
		const post = convertVault({ ...input, parsed: wrong }).posts.find((item) => item.source === "C.md")!;
		expect(post.content).not.toContain("stale");
	});
});
