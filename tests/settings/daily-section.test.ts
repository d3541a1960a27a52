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

afterEach(() => jest.restoreAllMocks());

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
