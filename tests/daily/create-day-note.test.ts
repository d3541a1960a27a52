import matter from "gray-matter";
import { App } from "../__mocks__/obsidian";
import { FileExistsError, type NoteStore } from "../../src/core/note-store";
import { createOrOpenDayNote, type DayNoteRequest } from "../../src/daily/create-day-note";
import { DEFAULT_DAILY_SETTINGS, type DailySettings } from "../../src/daily/daily-settings";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import type { App as ObsidianApp } from "obsidian";

const TEMPLATE = `---
title: "{{title}}"
excerpt: "{{course}} {{day}}일차 학습기록"
categories:
  - "{{course}}"
date: "{{date:YYYY-MM-DD}} 21:30:00 +0900"
---

← {{yesterday}} | {{tomorrow}} →

## 학습 내용 ({{date:M월 D일 dddd}})

{{tasks}}
`;

async function vaultWith(files: Record<string, string>): Promise<{ app: App; store: NoteStore }> {
	const app = new App();
	for (const [path, text] of Object.entries(files)) await app.vault.create(path, text);
	return { app, store: new VaultNoteStore(app as unknown as ObsidianApp) };
}

const settings = (change: Partial<DailySettings> = {}): DailySettings => ({ ...DEFAULT_DAILY_SETTINGS, courseStartDate: "2021-08-02", ...change });
const request = (change: Partial<DayNoteRequest> = {}): DayNoteRequest => ({
	settings: settings(),
	now: new Date("2021-08-13T21:00:00"),
	language: "en",
	...change,
});
/** The same store with another `create` (class methods do not survive an object spread). */
function withCreate(store: NoteStore, create: NoteStore["create"]): NoteStore {
	return {
		listFiles: () => store.listFiles(),
		stat: (path) => store.stat(path),
		read: (path) => store.read(path),
		readBinary: (path) => store.readBinary(path),
		process: (path, edit) => store.process(path, edit),
		create,
	};
}
const dayNote = (date: string, body = "") => `---\ntitle: "${date}"\ndate: ${date} 21:30:00 +0900\n---\n${body}`;

describe("a new day note", () => {
	test("is created with the built-in Korean template and complete front matter", async () => {
		const { store } = await vaultWith({ "daily/2021-08-12.md": dayNote("2021-08-12") });
		const result = await createOrOpenDayNote(store, request());
		expect(result).toEqual({ path: "daily/2021-08-13.md", date: "2021-08-13", created: true, warnings: [] });
		const note = matter(await store.read(result.path), {});
		expect(note.data).toMatchObject({
			title: "[boostcourse] Day10 학습기록",
			excerpt: "boostcourse 10일차 학습기록",
			categories: ["boostcourse"],
			tags: ["boostcamp", "학습기록"],
			toc: true,
			toc_sticky: true,
			date: "2021-08-13 21:00:00 +0900",
			last_modified_at: "2021-08-13 21:00:00 +0900",
			publish: false,
		});
		for (const heading of ["## 학습 내용", "## 피어세션", "- 모더레이터: ", "- 참여자: ", "- 과제 리뷰", "- 질문", "- 제안", "## 특강", "## 회고"]) {
			expect(note.content).toContain(heading);
		}
		expect(note.content).toContain("이전 학습기록: [[daily/2021-08-12|2021-08-12]]");
	});

	test("in English with the English template", async () => {
		const { store } = await vaultWith({});
		const result = await createOrOpenDayNote(store, request({ settings: settings({ templateSource: "built-in-en", titlePattern: "{{course}} day {{day}}" }) }));
		const note = matter(await store.read(result.path), {});
		expect(note.data.title).toBe("boostcourse day 10");
		expect(note.data.excerpt).toBe("boostcourse day 10 learning log");
		for (const heading of ["## What I learned", "## Peer session", "- Moderator: ", "- Participants: ", "- Assignment review", "- Questions", "- Suggestions", "## Special lecture", "## Retrospective"]) {
			expect(note.content).toContain(heading);
		}
		expect(note.content).toContain("Previous day: \n");
	});

	test("at 02:00 with a day start of 4 a.m. belongs to the day before", async () => {
		const { store } = await vaultWith({});
		const result = await createOrOpenDayNote(store, request({ now: new Date("2022-01-01T02:00:00"), settings: settings({ courseStartDate: "2021-12-27" }) }));
		expect(result.path).toBe("daily/2021-12-31.md");
		const data = matter(await store.read(result.path), {}).data;
		expect(data.title).toBe("[boostcourse] Day5 학습기록");
		expect(data.date).toBe("2021-12-31 23:59:59 +0900"); // stays on New Year's Eve in Jekyll
		expect(data.last_modified_at).toBe("2022-01-01 02:00:00 +0900");
	});

	test("from a vault template: placeholders everywhere, neighbours, day names in the user's language", async () => {
		const { store } = await vaultWith({
			"templates/day.md": TEMPLATE,
			"daily/2021-08-10.md": dayNote("2021-08-10"),
			"daily/Sync copy.md": dayNote("2021-08-16"),
		});
		const result = await createOrOpenDayNote(store, request({ settings: settings({ templateSource: "vault-note", templatePath: "templates/day.md" }), language: "ko" }));
		const text = await store.read(result.path);
		const note = matter(text, {});
		expect(note.data.title).toBe("[boostcourse] Day10 학습기록");
		expect(note.data.date).toBe("2021-08-13 21:30:00 +0900");
		expect(note.content).toContain("← [[daily/2021-08-10|2021-08-10]] | [[daily/Sync copy|Sync copy]] →");
		expect(note.content).toContain("## 학습 내용 (8월 13일 금요일)");
		expect(text).not.toMatch(/\{\{/);
	});

	test("a template note written in Korean makes a Korean note, whatever the app's language", async () => {
		const english = "---\ntitle: \"{{title}}\"\n---\n## Notes ({{date:dddd}})\n";
		const korean = await vaultWith({ "templates/day.md": TEMPLATE });
		const made = await createOrOpenDayNote(korean.store, request({ settings: settings({ templateSource: "vault-note", templatePath: "templates/day.md" }), language: "en" }));
		expect(await korean.store.read(made.path)).toContain("## 학습 내용 (8월 13일 금요일)");
		const plain = await vaultWith({ "templates/day.md": english });
		const madeEnglish = await createOrOpenDayNote(plain.store, request({ settings: settings({ templateSource: "vault-note", templatePath: "templates/day.md" }), language: "en" }));
		expect(await plain.store.read(madeEnglish.path)).toContain("## Notes (Friday)");
	});

	test("core Templates placeholders: {{date}} and {{time}} in the Templates plugin's formats, {{date:FORMAT}} as written", async () => {
		const { store } = await vaultWith({ "templates/day.md": "{{date}} | {{time}} | {{date:YYYY}} | {{time:HH:mm}}\n" });
		const vaultNote = settings({ templateSource: "vault-note", templatePath: "templates/day" });
		const withFormats = await createOrOpenDayNote(store, request({ settings: vaultNote, templateFormats: { dateFormat: "dddd, MMMM Do", timeFormat: "h:mm A" } }));
		expect(await store.read(withFormats.path)).toContain("Friday, August 13th | 9:00 PM | 2021 | 21:00");
		// Without the Templates options, Obsidian's defaults.
		const plain = await vaultWith({ "templates/day.md": "{{date}} | {{time}}\n" });
		const made = await createOrOpenDayNote(plain.store, request({ settings: vaultNote }));
		expect(await plain.store.read(made.path)).toContain("2021-08-13 | 21:00");
	});

	test("unknown placeholders are kept and reported", async () => {
		const { store } = await vaultWith({ "templates/day.md": "---\nmood: \"{{weather}}\"\n---\n{{day}} {{ site.url }}\n" });
		const result = await createOrOpenDayNote(store, request({ settings: settings({ templateSource: "vault-note", templatePath: "templates/day.md" }) }));
		expect(result.warnings).toEqual([{ code: "unknownPlaceholders", params: { names: "{{weather}}, {{ site.url }}" } }]);
		const text = await store.read(result.path);
		expect(text).toContain('mood: "{{weather}}"');
		expect(text).toContain("10 {{ site.url }}");
	});

	test("carries over the unchecked tasks of the previous day note, into {{tasks}} or a section", async () => {
		const previous = dayNote("2021-08-12", "- [x] 과제 2 제출\n- [ ] 과제 3 제출\n- [ ] 논문 읽기\n");
		const withSection = await vaultWith({ "daily/2021-08-12.md": previous });
		const created = await createOrOpenDayNote(withSection.store, request({ settings: settings({ carryOverUncheckedTasks: true }) }));
		expect(await withSection.store.read(created.path)).toMatch(/## 이어서 할 일\n\n- \[ \] 과제 3 제출\n- \[ \] 논문 읽기\n$/);
		expect(await withSection.store.read("daily/2021-08-12.md")).toBe(previous); // the previous note is not changed

		const inPlace = await vaultWith({ "daily/2021-08-12.md": previous, "templates/day.md": TEMPLATE });
		const result = await createOrOpenDayNote(inPlace.store, request({ settings: settings({ carryOverUncheckedTasks: true, templateSource: "vault-note", templatePath: "templates/day.md" }) }));
		const text = await inPlace.store.read(result.path);
		expect(text).toMatch(/\)\n\n- \[ \] 과제 3 제출\n- \[ \] 논문 읽기\n$/);
		expect(text).not.toContain("이어서 할 일");

		const off = await vaultWith({ "daily/2021-08-12.md": previous });
		const plain = await createOrOpenDayNote(off.store, request());
		expect(await off.store.read(plain.path)).not.toContain("과제 3");
	});

	test("numbers by the existing notes when no start date is set, and says so", async () => {
		const { store } = await vaultWith({ "daily/2021-08-09.md": dayNote("2021-08-09"), "daily/2021-08-10.md": dayNote("2021-08-10"), "topics/x.md": dayNote("2021-08-11") });
		const result = await createOrOpenDayNote(store, request({ settings: settings({ courseStartDate: "" }) }));
		expect(result.warnings).toEqual([{ code: "noCourseStart", params: {} }]);
		expect(matter(await store.read(result.path), {}).data.title).toBe("[boostcourse] Day3 학습기록");
	});
});

describe("an existing day note is opened, never overwritten or duplicated", () => {
	test("found at its path", async () => {
		const existing = dayNote("2021-08-13", "내가 쓴 글\n");
		const { store } = await vaultWith({ "daily/2021-08-13.md": existing });
		expect(await createOrOpenDayNote(store, request())).toEqual({ path: "daily/2021-08-13.md", date: "2021-08-13", created: false, warnings: [] });
		expect(await store.read("daily/2021-08-13.md")).toBe(existing);
	});

	test("found by the date in its front matter under another name (a sync client made it)", async () => {
		const { store } = await vaultWith({ "daily/Untitled.md": dayNote("2021-08-13") });
		const result = await createOrOpenDayNote(store, request());
		expect(result).toMatchObject({ path: "daily/Untitled.md", created: false });
		expect((await store.listFiles()).map((file) => file.path)).toEqual(["daily/Untitled.md"]);
	});

	test("found by the date in its file name", async () => {
		const { store } = await vaultWith({ "daily/2021-08-13 1.md": "no front matter\n" });
		expect(await createOrOpenDayNote(store, request())).toMatchObject({ path: "daily/2021-08-13 1.md", created: false });
	});

	test("several notes of the date: the expected one, and a warning naming all", async () => {
		const { store } = await vaultWith({ "daily/2021-08-13 1.md": "x", "daily/2021-08-13.md": "y" });
		const result = await createOrOpenDayNote(store, request());
		expect(result.path).toBe("daily/2021-08-13.md");
		expect(result.warnings).toEqual([{ code: "duplicateDayNotes", params: { date: "2021-08-13", paths: "daily/2021-08-13.md, daily/2021-08-13 1.md" } }]);
	});

	test("a note that appears between the check and the write is opened, byte for byte untouched", async () => {
		const { store } = await vaultWith({});
		const theirs = "---\ntitle: 동기화된 노트\n---\r\n  sync 클라이언트가 먼저 만든 노트 \u00a0\n";
		const racing = withCreate(store, async (path) => {
			await store.create(path, theirs); // the sync client wins the race
			throw new FileExistsError(path);
		});
		const result = await createOrOpenDayNote(racing, request());
		expect(result).toMatchObject({ path: "daily/2021-08-13.md", created: false });
		expect(await store.read("daily/2021-08-13.md")).toBe(theirs);
	});

	test("other errors of the write are not swallowed", async () => {
		const { store } = await vaultWith({});
		const failing = withCreate(store, () => Promise.reject(new Error("disk full")));
		await expect(createOrOpenDayNote(failing, request())).rejects.toThrow("disk full");
	});
});

describe("template problems fall back to the built-in template with a clear warning", () => {
	test.each([
		["en", "## What I learned"],
		["ko", "## 학습 내용"],
	] as const)("missing template note, user language %s", async (language, heading) => {
		const { store } = await vaultWith({});
		const result = await createOrOpenDayNote(store, request({ language, settings: settings({ templateSource: "vault-note", templatePath: "templates/gone.md" }) }));
		expect(result.created).toBe(true);
		expect(result.warnings).toEqual([{ code: "templateMissing", params: { path: "templates/gone.md" } }]);
		expect(await store.read(result.path)).toContain(heading);
	});

	test("template note with broken YAML", async () => {
		const { store } = await vaultWith({ "templates/day.md": "---\ntitle: [broken\n---\n" });
		const result = await createOrOpenDayNote(store, request({ settings: settings({ templateSource: "vault-note", templatePath: "templates/day.md" }) }));
		expect(result.warnings).toHaveLength(1);
		expect(result.warnings[0]).toMatchObject({ code: "templateInvalid", params: { path: "templates/day.md" } });
		expect(await store.read(result.path)).toContain("## What I learned");
	});
});
