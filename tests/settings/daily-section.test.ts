import { App, DropdownComponent, setLanguage, TextAreaComponent, TextComponent, ToggleComponent } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { renderDailySettings } from "../../src/settings/sections/daily-section";
import type { App as ObsidianApp, PluginManifest } from "obsidian";

type Component = TextComponent | DropdownComponent | ToggleComponent;
const manifest = { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" } as PluginManifest;

/** Renders the section and returns each setting's name with its control, as the user sees them. */
async function render(language = "en") {
	setLanguage(language);
	const plugin = new LearningLogPlugin(new App() as unknown as ObsidianApp, manifest);
	await plugin.loadSettings();
	plugin.t = (await import("../../src/i18n/translator")).createTranslator(language === "ko" ? "ko" : "en");
	const container = document.createElement("div");
	const created: Component[] = [];
	// Record every control as it is created (restored after each test); a re-render creates new ones.
	[TextComponent, TextAreaComponent, DropdownComponent, ToggleComponent].forEach((type) =>
		jest.spyOn(type.prototype as { onChange: (h: unknown) => unknown }, "onChange").mockImplementation(function (this: Component, handler) {
			created.push(this);
			(this as unknown as { handlers: unknown[] }).handlers.push(handler);
			return this;
		}),
	);
	const rerender = () => {
		container.empty();
		created.length = 0;
		renderDailySettings(container, plugin, rerender);
	};
	rerender();
	const control = (name: string) => {
		const item = [...container.querySelectorAll(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
		if (!item) throw new Error(`No setting named ${name}`);
		const component = created.find((c) => item.contains(c.inputEl));
		return { item, component: component as Component & { simulateChange(value: unknown): void } };
	};
	return { plugin, container, control, saved: () => (plugin as unknown as { savedData: { daily: Record<string, unknown> } }).savedData?.daily };
}

// The previews under the options show today's note: today is pinned.
beforeEach(() => jest.useFakeTimers({ now: new Date("2021-08-18T09:00:00+09:00"), doNotFake: ["setTimeout", "setImmediate", "nextTick", "queueMicrotask"] }));
afterEach(() => {
	jest.restoreAllMocks();
	jest.useRealTimers();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test("names every option in sentence case, in English and Korean", async () => {
	for (const language of ["en", "ko"]) {
		const { container } = await render(language);
		const names = [...container.querySelectorAll(".setting-item-name")].map((el) => el.textContent ?? "");
		expect(names.length).toBeGreaterThanOrEqual(13);
		for (const name of names) expect(name).toBe(name.charAt(0).toUpperCase() + name.slice(1));
		const descriptions = [...container.querySelectorAll(".setting-item-description")].map((el) => el.textContent ?? "");
		expect(descriptions.filter((text) => text.trim() !== "").length).toBeGreaterThanOrEqual(12);
	}
});

test("a valid start date is saved; an invalid one shows an error and is not", async () => {
	const { control, saved } = await render();
	const start = control("Course start date");
	start.component.simulateChange("2021-08-02");
	await flush();
	expect(saved()?.courseStartDate).toBe("2021-08-02");
	start.component.simulateChange("2021-13-01");
	await flush();
	expect(saved()?.courseStartDate).toBe("2021-08-02");
	expect(start.item.querySelector(".learning-log-error")?.textContent).toBe("Not a date: 2021-13-01. Use YYYY-MM-DD; nothing was saved.");
	start.component.simulateChange("");
	await flush();
	expect(saved()?.courseStartDate).toBe("");
	expect(start.item.querySelector(".learning-log-error")?.textContent).toBe("");
});

test("holidays appear for that counting mode; a bad entry is an error and nothing is saved", async () => {
	const { control, container, saved } = await render();
	expect(container.textContent).not.toContain("Holidays");
	control("Day numbering").component.simulateChange("weekdays-minus-holidays");
	await flush();
	const holidays = control("Holidays");
	holidays.component.simulateChange("2021-09-21, 2021-08-16\n2021-09-22");
	await flush();
	expect(saved()?.holidays).toEqual(["2021-08-16", "2021-09-21", "2021-09-22"]);
	holidays.component.simulateChange("2021-08-16, 추석");
	await flush();
	expect(saved()?.holidays).toEqual(["2021-08-16", "2021-09-21", "2021-09-22"]);
	expect(holidays.item.querySelector(".learning-log-error")?.textContent).toContain("추석");
});

test("lists, hour, template and toggles are saved with their types", async () => {
	const { control, saved, container } = await render();
	control("Tags").component.simulateChange("#boostcamp, 학습기록, ");
	control("Categories").component.simulateChange("{{course}}, AI");
	control("New day starts at").component.simulateChange("5");
	control("Carry over unchecked tasks").component.simulateChange(true);
	await flush();
	expect(saved()).toMatchObject({ defaultTags: ["boostcamp", "학습기록"], defaultCategories: ["{{course}}", "AI"], dayStartHour: 5, carryOverUncheckedTasks: true });
	expect(container.textContent).not.toContain("Template note");
	control("Template").component.simulateChange("vault-note");
	await flush();
	control("Template note").component.simulateChange(" templates/bootcamp-day.md ");
	await flush();
	expect(saved()).toMatchObject({ templateSource: "vault-note", templatePath: "templates/bootcamp-day.md" });
});

test("Detect from this vault takes the core Daily notes options and the numbering of the existing notes", async () => {
	const { plugin, container } = await render();
	const app = plugin.app as unknown as App;
	app.vault.adapter.writeHidden(".obsidian/daily-notes.json", JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Day" }));
	app.vault.adapter.writeHidden(".obsidian/templates.json", JSON.stringify({ folder: "Templates" }));
	await app.vault.create("Daily/2021-08-17 Day12.md", '---\ntitle: "[ai] Day12 log"\n---\n', { ctime: 0, mtime: 0 });
	const button = [...container.querySelectorAll("button")].find((el) => el.textContent === "Detect");
	if (!button) throw new Error("no Detect button");
	button.click();
	for (let i = 0; i < 20; i++) await flush();
	expect(plugin.settings.daily).toMatchObject({ folder: "Daily", templateSource: "vault-note", templatePath: "Templates/Day", courseName: "ai", titlePattern: "[{{course}}] Day{{day}} log" });
	// `templates` already leaves `Templates/` out: folders match as the file system does.
	expect(plugin.settings.library.excludedFolders).toEqual(["templates", "attachments"]);
	expect(container.textContent).toContain("Day1 is 2021-08-02, counting weekdays");
});

test("the file name shows today's note as it would be created, and what its name could not hold", async () => {
	const { plugin, control } = await render();
	const app = plugin.app as unknown as App;
	await app.vault.create("Daily/2021-08-17 [boostcourse] Day12 학습기록.md", '---\ntitle: "[boostcourse] Day12 학습기록"\n---\n', { ctime: 0, mtime: 0 });
	control("Folder").component.simulateChange("daily");
	for (let i = 0; i < 5; i++) await flush();
	const fileName = control("File name");
	// The folder is spelled as on disk; numbering comes from the existing note (Day12 on the 17th).
	expect(fileName.item.querySelector(".learning-log-preview")?.textContent).toBe("Today's note: Daily/2021-08-18.md");
	fileName.component.simulateChange("YYYY-MM-DD [{{course}}] Day{{day}} 학습기록 #1");
	for (let i = 0; i < 5; i++) await flush();
	const lines = [...(fileName.item.querySelector(".learning-log-preview")?.children ?? [])].map((el) => el.textContent);
	expect(lines).toEqual([
		"Today's note: Daily/2021-08-18 (boostcourse) Day13 학습기록 1.md",
		"Written as ( ) because links cannot hold them: [ ]",
		"Left out because they break links or file names: #",
	]);
	// Without a start date, the start date option says what the notes imply.
	expect(control("Course start date").item.textContent).toContain("your notes say Day1 is 2021-08-02, counting weekdays");
});

test("the template note is offered from the vault's notes and checked as it is typed", async () => {
	const { plugin, control, saved } = await render("ko");
	const app = plugin.app as unknown as App;
	await app.vault.create("Templates/Daily Template.md", "## 회고\n", { ctime: 0, mtime: 0 });
	await app.vault.create("Daily/2021-08-17.md", "", { ctime: 0, mtime: 0 });
	control("템플릿").component.simulateChange("vault-note");
	await flush();
	const template = control("템플릿 노트");
	const input = template.component.inputEl as HTMLInputElement;
	template.component.simulateChange("Templates/Daily");
	for (let i = 0; i < 5; i++) await flush();
	expect(template.item.querySelector(".learning-log-error")?.textContent).toBe("Templates/Daily에 노트가 없습니다. 기본 템플릿을 씁니다.");
	// The suggestion popover lists the matching note, written as Obsidian writes template paths.
	const offered = [...document.querySelectorAll(".suggestion-container .suggestion-item")];
	expect(offered.map((el) => el.textContent)).toEqual(["Templates/Daily Template"]);
	(offered[0] as HTMLElement).click();
	for (let i = 0; i < 5; i++) await flush();
	expect(document.querySelector(".suggestion-container")).toBeNull();
	expect(input.value).toBe("Templates/Daily Template");
	expect(saved()?.templatePath).toBe("Templates/Daily Template");
	expect(template.item.querySelector(".learning-log-error")?.textContent).toBe("");
	// With `.md`, the same note.
	template.component.simulateChange("Templates/Daily Template.md");
	for (let i = 0; i < 5; i++) await flush();
	expect(template.item.querySelector(".learning-log-error")?.textContent).toBe("");
});
