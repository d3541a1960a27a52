import matter from "gray-matter";
import { App, Notice, setLanguage } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import type { App as ObsidianApp, PluginManifest } from "obsidian";

const manifest = { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" } as PluginManifest;
const dayNote = (date: string) => `---\ntitle: "${date}"\ndate: ${date} 21:30:00 +0900\n---\nbody\n`;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadPlugin(files: Record<string, string>, data: unknown = null) {
	const app = new App();
	for (const [path, text] of Object.entries(files)) await app.vault.create(path, text);
	const plugin = new LearningLogPlugin(app as unknown as ObsidianApp, manifest);
	(plugin as unknown as { savedData: unknown }).savedData = data;
	await plugin.onload();
	app.workspace.finishLayout();
	await flush(); // the metadata cache reads new files asynchronously
	return { app, plugin, fake: plugin as unknown as { runCommand(id: string): boolean; commands: { id: string; name: string; hotkeys?: unknown }[] } };
}

const openedPaths = (app: App) => app.workspace.leaves.map((leaf) => leaf.openedFile?.path).filter(Boolean);

beforeEach(() => {
	Notice.shown = [];
	setLanguage("en");
	jest.useFakeTimers({ now: new Date("2021-08-13T21:00:00"), doNotFake: ["setTimeout", "setImmediate", "nextTick", "queueMicrotask"] });
});
afterEach(() => jest.useRealTimers());

const settingsData = { version: 1, daily: { courseStartDate: "2021-08-02" } };

test("registers the four day commands without hotkeys, named in the user's language", async () => {
	const { fake } = await loadPlugin({});
	const dayCommands = fake.commands.filter((c) => c.id.includes("bootcamp-day"));
	expect(dayCommands.map((c) => [c.id, c.name])).toEqual([
		["new-bootcamp-day", "New bootcamp day"],
		["new-bootcamp-day-for-date", "New bootcamp day for a date…"],
		["open-previous-bootcamp-day", "Open previous bootcamp day"],
		["open-next-bootcamp-day", "Open next bootcamp day"],
	]);
	expect(fake.commands.every((c) => c.hotkeys === undefined)).toBe(true);
	setLanguage("ko");
	const korean = await loadPlugin({});
	expect(korean.fake.commands[0].name).toBe("학습일 노트 만들기");
});

test("New bootcamp day creates today's note, says so and opens it", async () => {
	const { app, fake } = await loadPlugin({ "daily/2021-08-12.md": dayNote("2021-08-12") }, settingsData);
	expect(fake.runCommand("new-bootcamp-day")).toBe(true);
	await flush();
	const file = app.vault.getFileByPath("daily/2021-08-13.md");
	expect(file).not.toBeNull();
	expect(matter(await app.vault.read(file!), {}).data.title).toBe("[boostcourse] Day10 learning log"); // English UI: the English title
	expect(Notice.shown).toEqual(["Created daily/2021-08-13.md"]);
	expect(openedPaths(app)).toEqual(["daily/2021-08-13.md"]);
});

test("run again, it opens the existing note and changes nothing", async () => {
	const existing = dayNote("2021-08-13");
	const { app, fake } = await loadPlugin({ "daily/2021-08-13.md": existing }, settingsData);
	fake.runCommand("new-bootcamp-day");
	await flush();
	expect(await app.vault.read(app.vault.getFileByPath("daily/2021-08-13.md")!)).toBe(existing);
	expect(app.vault.getMarkdownFiles()).toHaveLength(1);
	expect(Notice.shown).toEqual(["The note of this day exists already: daily/2021-08-13.md"]);
	expect(openedPaths(app)).toEqual(["daily/2021-08-13.md"]);
});

test("warnings are shown translated, and openAfterCreate off leaves the note closed", async () => {
	setLanguage("ko");
	const data = { version: 1, daily: { templateSource: "vault-note", templatePath: "templates/none.md", openAfterCreate: false } };
	const { app, fake } = await loadPlugin({}, data);
	fake.runCommand("new-bootcamp-day");
	await flush();
	expect(Notice.shown).toEqual([
		"과정 시작일이 없어 기존 학습일 노트 수로 일차를 셉니다. Learning Log 설정에서 시작일을 입력하세요.",
		"템플릿 노트를 찾을 수 없습니다: templates/none.md. 기본 템플릿을 대신 사용했습니다.",
		"daily/2021-08-13.md를 만들었습니다",
	]);
	expect(openedPaths(app)).toEqual([]);
	expect(await app.vault.read(app.vault.getFileByPath("daily/2021-08-13.md")!)).toContain("## 학습 내용");
});

test("New bootcamp day for a date asks for the date in a modal", async () => {
	const { app, fake } = await loadPlugin({}, settingsData);
	fake.runCommand("new-bootcamp-day-for-date");
	const input = document.body.querySelector<HTMLInputElement>("input[type=date]")!;
	expect(input.value).toBe("2021-08-13");
	input.value = "2021-08-32";
	input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
	expect(document.body.textContent).toContain("Enter a date as YYYY-MM-DD.");
	input.value = "2021-08-16";
	input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
	await flush();
	expect(document.body.querySelector("input[type=date]")).toBeNull(); // closed
	expect(matter(await app.vault.read(app.vault.getFileByPath("daily/2021-08-16.md")!), {}).data.title).toBe("[boostcourse] Day11 learning log");
});

describe("previous and next bootcamp day", () => {
	const files = { "daily/2021-08-09.md": dayNote("2021-08-09"), "daily/renamed.md": dayNote("2021-08-11"), "daily/2021-08-16.md": dayNote("2021-08-16"), "topics/a.md": dayNote("2021-08-12") };

	test("from today, the nearest existing day notes", async () => {
		const { app, fake } = await loadPlugin(files, settingsData);
		expect(fake.runCommand("open-previous-bootcamp-day")).toBe(true);
		expect(openedPaths(app)).toEqual(["daily/renamed.md"]);
		expect(fake.runCommand("open-next-bootcamp-day")).toBe(true);
		expect(openedPaths(app)).toEqual(["daily/renamed.md", "daily/2021-08-16.md"]);
	});

	test("from the active day note, and unavailable where there is none", async () => {
		const { app, fake } = await loadPlugin(files, settingsData);
		app.workspace.setActiveFile(app.vault.getFileByPath("daily/2021-08-09.md"));
		expect(fake.runCommand("open-previous-bootcamp-day")).toBe(false);
		expect(fake.runCommand("open-next-bootcamp-day")).toBe(true);
		expect(openedPaths(app)).toEqual(["daily/renamed.md"]);
		app.workspace.setActiveFile(app.vault.getFileByPath("daily/2021-08-16.md"));
		expect(fake.runCommand("open-next-bootcamp-day")).toBe(false);
	});
});
