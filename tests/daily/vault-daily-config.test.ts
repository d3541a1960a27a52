import { readVaultDailyConfig, readTemplateFormats, type ConfigFileReader } from "../../src/daily/vault-daily-config";

/** A config folder as Obsidian writes it: relative path → file text. */
function configDir(files: Record<string, unknown>): ConfigFileReader {
	return async (path) => (path in files ? (typeof files[path] === "string" ? (files[path] as string) : JSON.stringify(files[path])) : null);
}

const periodic = {
	daily: { enabled: true, folder: "Journal/Daily/", format: "YYYY-MM-DD ddd", template: "Templates/Day" },
	weekly: { enabled: true, folder: "Journal/Weekly", format: "gggg-[W]ww", template: "" },
};

describe("the vault's day-note options", () => {
	test("core Daily notes: folder, format and template (stored without .md), and the Templates folder", async () => {
		const config = await readVaultDailyConfig(
			configDir({
				"core-plugins.json": ["daily-notes", "templates"],
				"daily-notes.json": { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily Template" },
				"templates.json": { folder: "Templates" },
			}),
		);
		expect(config).toEqual({ source: "daily-notes", folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily Template", templatesFolder: "Templates" });
	});

	test("Periodic Notes, when it is on and its daily notes are enabled, wins over core Daily notes", async () => {
		const config = await readVaultDailyConfig(
			configDir({
				"core-plugins.json": ["daily-notes"],
				"community-plugins.json": ["periodic-notes", "calendar"],
				"daily-notes.json": { folder: "Daily", format: "YYYY-MM-DD" },
				"plugins/periodic-notes/data.json": periodic,
			}),
		);
		expect(config).toMatchObject({ source: "periodic-notes", folder: "Journal/Daily", format: "YYYY-MM-DD ddd", template: "Templates/Day" });
	});

	test("Periodic Notes installed but off, or with its daily notes disabled, leaves core Daily notes in charge", async () => {
		const off = await readVaultDailyConfig(
			configDir({
				"community-plugins.json": ["calendar"],
				"daily-notes.json": { folder: "Daily" },
				"plugins/periodic-notes/data.json": periodic,
			}),
		);
		expect(off).toMatchObject({ source: "daily-notes", folder: "Daily", format: null });
		const disabled = await readVaultDailyConfig(
			configDir({
				"community-plugins.json": ["periodic-notes"],
				"daily-notes.json": { folder: "Daily" },
				"plugins/periodic-notes/data.json": { ...periodic, daily: { ...periodic.daily, enabled: false } },
			}),
		);
		expect(disabled).toMatchObject({ source: "daily-notes", folder: "Daily" });
	});

	test("Daily notes turned off, broken files and a vault without options give nothing", async () => {
		expect(await readVaultDailyConfig(configDir({ "core-plugins.json": ["templates"], "daily-notes.json": { folder: "Daily" } }))).toMatchObject({ source: null, folder: null });
		expect(await readVaultDailyConfig(configDir({ "daily-notes.json": "{not json", "plugins/periodic-notes/data.json": "[]" }))).toMatchObject({ source: null });
		expect(await readVaultDailyConfig(configDir({}))).toEqual({ source: null, folder: null, format: null, template: null, templatesFolder: null });
	});

	test("the core Templates plugin's date and time formats, with Obsidian's defaults", async () => {
		expect(await readTemplateFormats(configDir({ "templates.json": { folder: "Templates", dateFormat: "YYYY년 M월 D일", timeFormat: "A h:mm" } }))).toEqual({
			dateFormat: "YYYY년 M월 D일",
			timeFormat: "A h:mm",
		});
		expect(await readTemplateFormats(configDir({ "templates.json": { folder: "Templates" } }))).toEqual({ dateFormat: "YYYY-MM-DD", timeFormat: "HH:mm" });
		// Templates turned off: its options do not apply.
		expect(await readTemplateFormats(configDir({ "core-plugins.json": ["daily-notes"], "templates.json": { dateFormat: "DD.MM.YYYY" } }))).toEqual({ dateFormat: "YYYY-MM-DD", timeFormat: "HH:mm" });
	});
});
