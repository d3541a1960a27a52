import { migrateSettings } from "../../src/settings/migrate-settings";
import { parsePluginData, serializePluginData } from "../../src/settings/plugin-data";
import { defaultSettings, SETTINGS_VERSION } from "../../src/settings/settings";

describe("migrateSettings", () => {
	test("nothing saved yet gives the defaults", () => {
		for (const raw of [null, undefined, {}, "garbage", 42, []]) {
			expect(migrateSettings(raw)).toEqual({ settings: defaultSettings(), invalidKeys: [] });
		}
	});

	test("the defaults are a fresh copy each time", () => {
		const first = defaultSettings();
		first.daily.holidays.push("2021-08-16");
		first.daily.courseName = "changed";
		expect(defaultSettings().daily.holidays).toEqual([]);
		expect(migrateSettings({}).settings.daily.courseName).toBe("boostcourse");
	});

	test("an unversioned file with the core Daily notes keys moves them into the daily section", () => {
		const { settings } = migrateSettings({ folder: "Journal/2021", format: "YYYY.MM.DD", template: "templates/day" });
		expect(settings.version).toBe(SETTINGS_VERSION);
		expect(settings.daily.folder).toBe("Journal/2021");
		expect(settings.daily.fileNamePattern).toBe("YYYY.MM.DD");
		expect(settings.daily.templatePath).toBe("templates/day.md");
		expect(settings.daily.templateSource).toBe("vault-note");
		expect(settings).not.toHaveProperty("folder");
	});

	test("version 1's saved Math default (kramdown) becomes 'as the site is configured'; other choices stay", () => {
		expect(migrateSettings({ version: 1, publish: { mathMode: "kramdown" } }).settings.publish.mathMode).toBe("site");
		expect(migrateSettings({ version: 1, publish: { mathMode: "keep" } }).settings.publish.mathMode).toBe("keep");
		expect(migrateSettings({ version: 2, publish: { mathMode: "kramdown" } }).settings.publish.mathMode).toBe("kramdown");
		expect(migrateSettings({ version: 1 }).settings.publish.mathMode).toBe("site");
	});

	test("a partial current file keeps what was saved and fills the rest", () => {
		const { settings, invalidKeys } = migrateSettings({
			version: 1,
			daily: { courseName: "AI Tech", holidays: ["2021-08-16"], dayStartHour: 5 },
			github: { repository: "me/me.github.io" },
		});
		expect(invalidKeys).toEqual([]);
		expect(settings.daily.courseName).toBe("AI Tech");
		expect(settings.daily.holidays).toEqual(["2021-08-16"]);
		expect(settings.daily.dayStartHour).toBe(5);
		expect(settings.daily.folder).toBe(defaultSettings().daily.folder);
		expect(settings.github.repository).toBe("me/me.github.io");
		expect(settings.publish).toEqual(defaultSettings().publish);
	});

	test("values of the wrong type fall back to the default and are reported", () => {
		const { settings, invalidKeys } = migrateSettings({
			version: 1,
			daily: { dayStartHour: "four", holidays: "2021-08-16", openAfterCreate: 1 },
			library: "broken",
		});
		expect(settings.daily.dayStartHour).toBe(4);
		expect(settings.daily.holidays).toEqual([]);
		expect(settings.daily.openAfterCreate).toBe(true);
		expect(settings.library).toEqual(defaultSettings().library);
		expect(invalidKeys.sort()).toEqual(["daily.dayStartHour", "daily.holidays", "daily.openAfterCreate", "library"]);
	});

	test("unknown keys are dropped and the input is not mutated", () => {
		const raw = { version: 1, daily: { courseName: "x", oldOption: true }, stale: 1 };
		const copy = structuredClone(raw);
		const { settings } = migrateSettings(raw);
		expect(settings).not.toHaveProperty("stale");
		expect(settings.daily).not.toHaveProperty("oldOption");
		expect(raw).toEqual(copy);
	});
});

describe("plugin data", () => {
	test("the publishing manifest survives a save and load beside the settings", () => {
		const manifest = { posts: { "a.md": { path: "_posts/2021-08-10-a.md" } } };
		const saved = serializePluginData({ settings: defaultSettings(), publishManifest: manifest });
		const reloaded = parsePluginData(JSON.parse(JSON.stringify(saved)));
		expect(reloaded.publishManifest).toEqual(manifest);
		expect(reloaded.settings).toEqual(defaultSettings());
	});

	test("the manifest is saved as it is now, not laid over the one read; unknown settings are still kept", () => {
		const site = (notes: string[]) => ({ notes: Object.fromEntries(notes.map((note) => [note, { post: `_posts/${note}`, hash: "h", assets: [] }])), sharedAssets: [] });
		const raw = { version: 2, futureOption: true, daily: { futureDaily: 1 }, publishManifest: { version: 1, sites: { "folder:/blog": site(["a.md", "b.md"]), "folder:/old": site(["c.md"]) } } };
		const loaded = parsePluginData(JSON.parse(JSON.stringify(raw)));
		const now = { version: 1, sites: { "folder:/blog": site(["a.md"]) } };
		const saved = serializePluginData({ ...loaded, publishManifest: now });
		expect(saved.publishManifest).toEqual(now);
		expect(saved).toMatchObject({ futureOption: true, daily: { futureDaily: 1 } });
		expect(serializePluginData({ ...loaded, publishManifest: null }).publishManifest).toBeNull();
	});
});

describe("defaults follow Obsidian's language where they are prose", () => {
	test("a first run in English gets the English template, titles and tags; in Korean the Korean ones", () => {
		const english = parsePluginData(null, "en").settings;
		expect(english.daily).toMatchObject({ templateSource: "built-in-en", titlePattern: "[{{course}}] Day{{day}} learning log", defaultTags: ["boostcamp", "learning-log"] });
		expect(english.team).toMatchObject({ weekReviewTitlePattern: "[{{course}}] Week {{week}} retrospective", weekReviewTags: ["boostcamp", "retrospective"] });
		const korean = parsePluginData(null, "ko").settings;
		expect(korean.daily).toMatchObject({ templateSource: "built-in-ko", titlePattern: "[{{course}}] Day{{day}} 학습기록", defaultTags: ["boostcamp", "학습기록"] });
		expect(korean.team).toMatchObject({ weekReviewTitlePattern: "[{{course}}] Week {{week}} 회고", weekReviewTags: ["boostcamp", "회고"] });
		// Everything that is not prose is the same in both.
		expect({ ...english.daily, templateSource: 0, titlePattern: 0, defaultTags: 0 }).toEqual({ ...korean.daily, templateSource: 0, titlePattern: 0, defaultTags: 0 });
	});

	test("a saved choice stays as it is, whatever the language, and is written back unchanged", () => {
		const saved = { version: SETTINGS_VERSION, daily: { titlePattern: "[{{course}}] Day{{day}} 학습기록", templateSource: "built-in-ko" } };
		const data = parsePluginData(saved, "en");
		expect(data.settings.daily).toMatchObject({ titlePattern: "[{{course}}] Day{{day}} 학습기록", templateSource: "built-in-ko", defaultTags: ["boostcamp", "learning-log"] });
		const written = serializePluginData(data) as { daily: Record<string, unknown> };
		expect(written.daily).toMatchObject({ titlePattern: "[{{course}}] Day{{day}} 학습기록", templateSource: "built-in-ko" });
		const englishSaved = parsePluginData({ version: SETTINGS_VERSION, team: { weekReviewTags: ["weekly"] } }, "ko");
		expect(englishSaved.settings.team.weekReviewTags).toEqual(["weekly"]);
	});
});
