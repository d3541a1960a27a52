import type { App as ObsidianApp } from "obsidian";
import { App } from "../__mocks__/obsidian";
import { isWikiLinkSafe, markdownNoteLink } from "../../src/core/note-link";
import { dayNoteLink } from "../../src/daily/day-notes";
import { weekReviewLabels } from "../../src/team/week-review-labels";
import { buildWeekReview } from "../../src/team/week-review";
import { defaultSettings } from "../../src/settings/settings";

test("which names a wiki-link can hold: single brackets yes; | # ^, ]] and a closing ] no", () => {
	expect(isWikiLinkSafe("Daily/2021-08-17 [boostcourse] Day12 학습기록")).toBe(true);
	expect(isWikiLinkSafe("2021-08-17 Day12 [draft]")).toBe(false);
	expect(isWikiLinkSafe("C# basics")).toBe(false);
	expect(isWikiLinkSafe("a]]b")).toBe(false);
	expect(markdownNoteLink("Daily/2021-08-17 Day12 [draft].md", "2021-08-17 Day12 [draft]", "회고")).toBe(
		"[2021-08-17 Day12 \\[draft\\]](Daily/2021-08-17%20Day12%20%5Bdraft%5D.md#회고)",
	);
});

/** Every link the text holds, as Obsidian's metadata cache reads it, and the note it reaches. */
async function resolvedLinks(files: string[], text: string): Promise<Array<[string, string | null]>> {
	const app = new App();
	for (const path of files) await app.vault.create(path, "## 회고\n", { ctime: 0, mtime: 0 });
	const source = await app.vault.create("weekly/Week 2.md", text, { ctime: 0, mtime: 0 });
	const cache = app.metadataCache.getFileCache(source);
	const metadata = app.metadataCache as unknown as ObsidianApp["metadataCache"];
	return [...(cache?.links ?? []), ...(cache?.embeds ?? [])].map((link) => {
		const path = link.link.replace(/#.*$/, "");
		return [link.link, metadata.getFirstLinkpathDest(path, source.path)?.path ?? null];
	});
}

// (`#` and `^` in a name reach no link form in Obsidian, which warns about them when a note is named.)
test("links to day notes whatever brackets their names hold reach them: the neighbour links and the week review", async () => {
	const files = ["Daily/2021-08-09 [boostcourse] Day6 학습기록.md", "Daily/2021-08-10 Day7 [draft].md", "Daily/2021-08-11 Day8 ]]x.md"];
	const neighbours = files.map((path) => dayNoteLink({ path, date: "2021-08-09" }));
	expect(neighbours[0]).toBe("[[Daily/2021-08-09 [boostcourse] Day6 학습기록|2021-08-09 [boostcourse] Day6 학습기록]]");
	for (const [index, link] of neighbours.entries()) expect(await resolvedLinks(files, `${link}\n`)).toEqual([[expect.any(String), files[index]]]);

	const settings = defaultSettings("ko");
	const review = buildWeekReview({
		title: "Week 2",
		dateTime: "2021-08-13 18:00:00 +0900",
		categories: [],
		tags: [],
		bootcampDates: ["2021-08-09", "2021-08-10", "2021-08-11"],
		dayNotes: files.map((path, index) => ({
			date: `2021-08-${String(9 + index).padStart(2, "0")}`,
			linkText: path.slice("Daily/".length, -".md".length),
			path,
			title: null,
			retrospectiveHeading: "회고",
		})),
		labels: weekReviewLabels(settings.daily, "ko"),
	});
	expect(review.text).toContain("- [[2021-08-09 [boostcourse] Day6 학습기록]]");
	expect(review.text).toContain("![[2021-08-10 Day7 [draft]#회고]]");
	const reached = await resolvedLinks(files, review.text);
	// Each note is linked once in the list and once at its retrospective, and every link reaches it.
	expect(reached.map(([, path]) => path).sort()).toEqual([...files, ...files].sort());
});
