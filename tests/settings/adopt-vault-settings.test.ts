import { adoptVaultSettings } from "../../src/settings/adopt-vault-settings";
import { defaultSettings } from "../../src/settings/settings";
import type { VaultDailyConfig } from "../../src/daily/vault-daily-config";

const config: VaultDailyConfig = { source: "daily-notes", folder: "Daily", format: "YYYY-MM-DD", template: "Snippets/Daily", templatesFolder: "Snippets" };
const dayNotes = [
	{ path: "Daily/2021-08-16.md", date: "2021-08-16", title: "[boostcourse] Day11 학습기록" },
	{ path: "Daily/2021-08-17.md", date: "2021-08-17", title: "[boostcourse] Day12 학습기록" },
];

describe("adopting the vault's day-note options", () => {
	test("takes the folder, format, template, templates folder, course and title pattern, and the numbering for the summary", () => {
		const adoption = adoptVaultSettings(defaultSettings("en"), config, dayNotes);
		expect(adoption.daily).toMatchObject({ folder: "Daily", fileNamePattern: "YYYY-MM-DD", templatePath: "Snippets/Daily", courseName: "boostcourse", titlePattern: "[{{course}}] Day{{day}} 학습기록" });
		expect(adoption.library.excludedFolders).toContain("Snippets");
		expect(adoption.adopted.find((value) => value.key === "numbering")).toEqual({
			key: "numbering",
			inference: { kind: "inferred", courseStartDate: "2021-08-02", dayCounting: "weekdays", holidays: [], numberedNotes: 2 },
		});
	});

	test("without the numbering (the command line shows no summary), the settings adopted are the same", () => {
		const full = adoptVaultSettings(defaultSettings("en"), config, dayNotes);
		const lean = adoptVaultSettings(defaultSettings("en"), config, dayNotes, { inferNumbering: false });
		expect(lean.daily).toEqual(full.daily);
		expect(lean.library).toEqual(full.library);
		expect(lean.adopted).toEqual(full.adopted.filter((value) => value.key !== "numbering"));
	});
});
