import type { App as ObsidianApp } from "obsidian";
import { App } from "../__mocks__/obsidian";
import { FileExistsError, type NoteStore } from "../../src/core/note-store";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import { defaultSettings } from "../../src/settings/settings";
import { weekReviewLabels } from "../../src/team/week-review-labels";
import { createWeekReview, weekReviewPath } from "../../src/team/week-review-service";

async function storeWith(files: Record<string, string>): Promise<NoteStore> {
	const app = new App();
	for (const [path, text] of Object.entries(files)) await app.vault.create(path, text);
	return new VaultNoteStore(app as unknown as ObsidianApp);
}

const settings = defaultSettings();
settings.daily.courseStartDate = "2021-08-02";
const labels = weekReviewLabels(settings.daily, "en");
const now = new Date("2021-08-13T20:00:00+09:00");

describe("New week review on a vault", () => {
	test("a day note with broken front matter still counts by its name; the review is written once", async () => {
		const store = await storeWith({
			"daily/2021-08-09.md": "---\ntitle: [unclosed\n---\n## 회고\n\n월요일\n",
			"daily/2021-08-10.md": "---\ntitle: \"Day7\"\n---\n## 회고\n\n화요일\n",
		});
		const result = await createWeekReview(store, settings, labels, now);
		expect(result).toMatchObject({ status: "created", week: 2, path: "weekly/Week 2.md", missingDates: ["2021-08-11", "2021-08-12", "2021-08-13"] });
		const text = await store.read("weekly/Week 2.md");
		expect(text).toContain("- [[2021-08-09]]\n- [[2021-08-10]] Day7\n");
		expect(text).toContain("![[2021-08-09#회고]]");
		expect(await createWeekReview(store, settings, labels, now)).toMatchObject({ status: "exists", path: "weekly/Week 2.md" });
	});

	test("a review written by someone else between the check and the write is left as theirs", async () => {
		const store = await storeWith({ "daily/2021-08-10.md": "## 회고\n" });
		const racing: NoteStore = {
			listFiles: () => store.listFiles(),
			stat: (path) => store.stat(path),
			read: (path) => store.read(path),
			readBinary: (path) => store.readBinary(path),
			process: (path, edit) => store.process(path, edit),
			create: async (path) => {
				await store.create(path, "theirs");
				throw new FileExistsError(path);
			},
		};
		expect(await createWeekReview(racing, settings, labels, now)).toMatchObject({ status: "exists" });
		expect(await store.read("weekly/Week 2.md")).toBe("theirs");
	});

	test("file names are safe and follow the pattern; a date before the course is refused", async () => {
		const custom = defaultSettings();
		custom.daily.courseName = "AI: Tech";
		custom.team.weekReviewFolder = "/reviews/";
		custom.team.weekReviewFileName = "{{course}} week {{week}}";
		expect(weekReviewPath(custom, 3)).toBe("reviews/AI Tech week 3.md");
		const store = await storeWith({});
		expect(await createWeekReview(store, settings, labels, now, "2021-08-01")).toEqual({ status: "before-course-start", date: "2021-08-01" });
	});

	test("without a start date or numbered notes, weeks are calendar weeks from the First day of the week option", async () => {
		const files = { "daily/2021-08-04.md": "## 회고\n", "daily/2021-08-06.md": "## 회고\n", "daily/2021-08-09.md": "## 회고\n" };
		const sunday = new Date("2021-08-08T20:00:00+09:00");
		const calendar = (weekStart: number) => {
			const copy = defaultSettings();
			copy.library.weekStart = weekStart;
			return copy;
		};
		// Weeks from Monday (the locale's choice here, and the ISO one): Sunday the 8th ends week 1.
		const monday = await createWeekReview(await storeWith(files), calendar(1), labels, sunday);
		expect(monday).toMatchObject({ status: "created", week: 1, path: "weekly/Week 1.md", missingDates: ["2021-08-02", "2021-08-03", "2021-08-05"] });
		expect(await createWeekReview(await storeWith(files), calendar(-1), labels, sunday)).toMatchObject({ week: 1, path: "weekly/Week 1.md" });
		// Weeks from Sunday: the 8th starts week 2, whose weekdays are all still to come: none is missing.
		const fromSunday = await createWeekReview(await storeWith(files), calendar(0), labels, sunday);
		expect(fromSunday).toMatchObject({ status: "created", week: 2, path: "weekly/Week 2.md", missingDates: [] });
	});
});
