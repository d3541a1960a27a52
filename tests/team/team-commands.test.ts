import { App, Notice, Plugin, TFile } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { renderTopicsBlock } from "../../src/team/topics-block";

const KST = (text: string) => new Date(`${text}+09:00`).getTime();

const dayNote = [
	"---",
	'title: "[boostcourse] Day7 학습기록"',
	"date: 2021-08-10 09:00:00 +0900",
	"---",
	"",
	"## 학습 내용",
	"",
	"- 내가 직접 쓴 메모  ",
	"",
	"## 피어세션",
	"",
	"## 회고",
	"",
	"오늘은 길었다.",
	"",
].join("\n");

interface Harness {
	app: App;
	plugin: LearningLogPlugin & Plugin;
}

async function setUp(savedSettings: unknown): Promise<Harness> {
	const app = new App();
	const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4", author: "", description: "" }) as LearningLogPlugin & Plugin;
	plugin.savedData = savedSettings;
	await plugin.onload();
	app.workspace.finishLayout();
	return { app, plugin };
}

/** Runs a command and waits until it has told the user something. */
async function run(plugin: Plugin, id: string): Promise<string> {
	const before = Notice.shown.length;
	plugin.runCommand(id);
	for (let i = 0; i < 50 && Notice.shown.length === before; i++) await new Promise((resolve) => setTimeout(resolve, 0));
	return Notice.shown.slice(before).join("\n");
}

const settings = {
	version: 1,
	daily: { courseStartDate: "2021-08-02", dayStartHour: 4, folder: "daily" },
	team: { members: ["김민수", "이지은"] },
};

async function vaultWithDay(app: App): Promise<TFile> {
	const { vault } = app;
	const note = await vault.create("daily/2021-08-10.md", dayNote, { ctime: KST("2021-08-10T09:00:00"), mtime: KST("2021-08-10T09:00:00") });
	await vault.create("topics/Optimization.md", "# Optimization\n", { ctime: KST("2021-08-01T10:00:00"), mtime: KST("2021-08-10T14:00:00") });
	await vault.create("topics/Gradient Descent.md", "# GD\n", { ctime: KST("2021-08-10T10:30:00"), mtime: KST("2021-08-10T10:30:00") });
	await vault.create("topics/새벽 정리.md", "# 새벽\n", { ctime: KST("2021-08-11T01:30:00"), mtime: KST("2021-08-11T01:30:00") });
	await vault.create("topics/어제 노트.md", "# 어제\n", { ctime: KST("2021-08-10T03:30:00"), mtime: KST("2021-08-10T03:30:00") });
	await vault.create("templates/bootcamp-day.md", "{{learned}}\n", { ctime: KST("2021-08-10T11:00:00"), mtime: KST("2021-08-10T11:00:00") });
	return note;
}

/** Fresh notices and a fake clock for each test; only the clock is faked, so the command's own awaits still run. */
function useFakeClock(): void {
	beforeEach(() => {
		Notice.shown = [];
		jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "setTimeout", "setInterval", "queueMicrotask"] });
	});
	afterEach(() => jest.useRealTimers());
}

describe("Update today's topics", () => {
	useFakeClock();

	test("fills the block under 학습 내용 at 01:50 the next night, then a second run changes nothing", async () => {
		const { app, plugin } = await setUp(settings);
		const note = await vaultWithDay(app);
		jest.setSystemTime(new Date(KST("2021-08-11T01:50:00")));

		expect(await run(plugin, "update-todays-topics")).toBe("Today's topics updated: 3 notes.");
		const first = await app.vault.read(note);
		expect(first).toBe(
			dayNote.replace("## 학습 내용\n", `## 학습 내용\n\n${renderTopicsBlock(["Gradient Descent", "Optimization", "새벽 정리"])}\n`),
		);
		const writtenAt = note.stat.mtime;

		jest.setSystemTime(new Date(KST("2021-08-11T02:10:00")));
		expect(await run(plugin, "update-todays-topics")).toBe("Today's topics are already up to date (3 notes).");
		expect(await app.vault.read(note)).toBe(first);
		expect(note.stat.mtime).toBe(writtenAt); // not even rewritten with the same text
	});

	test("a topic written later in the day is added, and the user's lines stay byte for byte", async () => {
		const { app, plugin } = await setUp(settings);
		const note = await vaultWithDay(app);
		jest.setSystemTime(new Date(KST("2021-08-10T15:00:00")));
		await run(plugin, "update-todays-topics");
		// The user writes around the block, then studies some more.
		await app.vault.process(note, (text) => text.replace("- 내가 직접 쓴 메모  \n", "- 내가 직접 쓴 메모  \n- 블록 아래에 쓴 줄\r\n"));
		await app.vault.create("topics/Adam.md", "# Adam\n", { ctime: KST("2021-08-10T20:00:00"), mtime: KST("2021-08-10T20:00:00") });
		jest.setSystemTime(new Date(KST("2021-08-10T21:00:00")));
		const before = await app.vault.read(note);

		expect(await run(plugin, "update-todays-topics")).toBe("Today's topics updated: 4 notes.");
		const after = await app.vault.read(note);
		// Ordered by when each note was first touched within the bootcamp day (새벽 정리: 01:30 next night).
		const oldBlock = renderTopicsBlock(["Gradient Descent", "Optimization", "새벽 정리"]);
		const newBlock = renderTopicsBlock(["Gradient Descent", "Optimization", "Adam", "새벽 정리"]);
		expect(before).toContain(oldBlock);
		expect(after).toBe(before.replace(oldBlock, newBlock));
	});

	test("without today's note, says so and creates nothing", async () => {
		const { app, plugin } = await setUp(settings);
		await vaultWithDay(app);
		jest.setSystemTime(new Date(KST("2021-08-12T10:00:00")));
		const files = app.vault.getFiles().length;
		expect(await run(plugin, "update-todays-topics")).toBe('There is no day note for 2021-08-12 yet. Create it with "New bootcamp day" first.');
		expect(app.vault.getFiles()).toHaveLength(files);
	});

	test("a block that lost a marker is reported and the note is left alone", async () => {
		const { app, plugin } = await setUp(settings);
		const note = await vaultWithDay(app);
		await app.vault.modify(note, `${dayNote}\n<!-- learning-log:topics -->\n- [[Old]]\n`);
		const before = await app.vault.read(note);
		jest.setSystemTime(new Date(KST("2021-08-10T15:00:00")));
		expect(await run(plugin, "update-todays-topics")).toContain("has lost one of its markers");
		expect(await app.vault.read(note)).toBe(before);
	});
});

describe("New week review", () => {
	useFakeClock();

	test("creates the review of the current course week, opens it, and never overwrites it", async () => {
		const { app, plugin } = await setUp(settings);
		await vaultWithDay(app);
		await app.vault.create("daily/2021-08-09.md", "## 회고\n\n첫날\n");
		jest.setSystemTime(new Date(KST("2021-08-13T19:00:00")));

		const told = await run(plugin, "new-week-review");
		expect(told).toContain("Week 2 review created: weekly/Week 2.md");
		expect(told).toContain("No day note for: 2021-08-11, 2021-08-12, 2021-08-13");
		const review = app.vault.getFileByPath("weekly/Week 2.md");
		if (!review) throw new Error("the review was not created");
		const text = await app.vault.read(review);
		// Nothing saved for the title: the English UI's default.
		expect(text).toContain('title: "[boostcourse] Week 2 retrospective"');
		expect(text).toContain("![[2021-08-09#회고]]");
		expect(text).toContain("![[2021-08-10#회고]]");
		expect(app.workspace.leaves.some((leaf) => leaf.openedFile === review)).toBe(true);

		await app.vault.modify(review, `${text}\n내가 쓴 회고\n`);
		expect(await run(plugin, "new-week-review")).toBe("The week 2 review already exists: weekly/Week 2.md");
		expect(await app.vault.read(review)).toBe(`${text}\n내가 쓴 회고\n`);
	});

	test("without a course start date, weeks follow the numbers of the day notes; only past days are missing", async () => {
		const { app, plugin } = await setUp({ version: 1, daily: { courseStartDate: "", folder: "daily" } });
		// Day7 on Tuesday 2021-08-10 (weekdays) means Day1 on Monday 2021-08-02: week 2 is 08-09 … 08-13.
		await app.vault.create("daily/2021-08-10.md", dayNote, { ctime: KST("2021-08-10T09:00:00"), mtime: KST("2021-08-10T09:00:00") });
		jest.setSystemTime(new Date(KST("2021-08-11T19:00:00")));
		expect(await run(plugin, "new-week-review")).toContain("Week 2 review created: weekly/Week 2.md");
		for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
		expect(Notice.shown).toContain("No day note for: 2021-08-09, 2021-08-11");
	});

	test("without a start date or numbered notes, weeks are calendar weeks from the first day note's", async () => {
		const { app, plugin } = await setUp({ version: 1, daily: { courseStartDate: "", folder: "daily" } });
		await app.vault.create("daily/2021-08-04.md", "## 회고\n\n첫 주\n", { ctime: KST("2021-08-04T09:00:00"), mtime: KST("2021-08-04T09:00:00") });
		await app.vault.create("daily/2021-08-10.md", "## 회고\n\n둘째 주\n", { ctime: KST("2021-08-10T09:00:00"), mtime: KST("2021-08-10T09:00:00") });
		jest.setSystemTime(new Date(KST("2021-08-10T19:00:00")));
		expect(await run(plugin, "new-week-review")).toContain("Week 2 review created: weekly/Week 2.md");
		const text = await app.vault.read(app.vault.getFileByPath("weekly/Week 2.md")!);
		expect(text).toContain("![[2021-08-10#회고]]");
		expect(text).not.toContain("2021-08-04");
	});
});
