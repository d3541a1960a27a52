import { App, DropdownComponent, Setting, TextAreaComponent, TextComponent, ToggleComponent } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { migrateSettings } from "../../src/settings/migrate-settings";
import { renderTeamSettings } from "../../src/settings/sections/team-section";
import { DEFAULT_TEAM_SETTINGS } from "../../src/team/team-settings";

describe("team settings in data.json", () => {
	test("an older data.json without a team section gets the defaults", () => {
		const { settings, invalidKeys } = migrateSettings({ version: 1, daily: { courseName: "AI Tech" } });
		expect(settings.team).toEqual(DEFAULT_TEAM_SETTINGS);
		expect(invalidKeys).toEqual([]);
	});

	test("saved members and absences are kept; a non-string list falls back to the default", () => {
		const { settings, invalidKeys } = migrateSettings({
			version: 1,
			team: { members: ["김민수", "이지은"], absences: [{ date: "2021-08-10", name: "김민수" }], badgeColor: "blue" },
		});
		expect(settings.team.members).toEqual(["김민수", "이지은"]);
		expect(settings.team.absences).toEqual([]);
		expect(settings.team.badgeColor).toBe("blue");
		expect(invalidKeys).toEqual(["team.absences"]);
	});
});

describe("the team section of the settings tab", () => {
	async function render(): Promise<{ plugin: LearningLogPlugin; container: HTMLElement; settings: () => Setting[] }> {
		const app = new App();
		const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4", author: "", description: "" });
		await plugin.onload();
		const container = document.createElement("div");
		const created: Setting[] = [];
		const original = Setting.prototype.setName;
		jest.spyOn(Setting.prototype, "setName").mockImplementation(function (this: Setting, name) {
			if (!created.includes(this)) created.push(this);
			return original.call(this, name);
		});
		const refresh = () => {
			container.empty();
			created.length = 0;
			renderTeamSettings(container, plugin, refresh);
		};
		refresh();
		return { plugin, container, settings: () => created };
	}
	afterEach(() => jest.restoreAllMocks());

	const component = <T>(settings: Setting[], name: string, type: new (...args: never[]) => T): T => {
		const setting = settings.find((item) => item.nameEl.textContent === name);
		const found = setting?.components.find((item): item is T => item instanceof type);
		if (!found) throw new Error(`No ${type.name} for ${name}`);
		return found;
	};

	test("edits the team, keeps one name per line and reports bad absence lines", async () => {
		const { plugin, container, settings } = await render();
		expect(container.textContent).toContain("Team and topics");
		component(settings(), "Team members", TextAreaComponent).simulateChange(" 김민수\n\n이지은 \n");
		expect(plugin.settings.team.members).toEqual(["김민수", "이지은"]);

		component(settings(), "Absences", TextAreaComponent).simulateChange("2021-08-10:김민수\n8/11 이지은");
		expect(plugin.settings.team.absences).toEqual(["2021-08-10:김민수", "8/11 이지은"]);
		expect(container.textContent).toContain("are ignored: 8/11 이지은");
		// A name that is not in the team is a typo until proven otherwise: said, and still saved.
		component(settings(), "Absences", TextAreaComponent).simulateChange("2021-08-10:김민수\n2021-08-11:김민슈");
		expect(container.textContent).toContain("Not in the team: 김민슈.");
		expect(plugin.settings.team.absences).toEqual(["2021-08-10:김민수", "2021-08-11:김민슈"]);

		component(settings(), "Rotation start date", TextComponent).simulateChange("2021-02-30");
		expect(plugin.settings.team.rotationStartDate).toBe("");
		expect(container.textContent).toContain("Not a date in the form YYYY-MM-DD: 2021-02-30");
		component(settings(), "Rotation start date", TextComponent).simulateChange("2021-08-09");
		expect(plugin.settings.team.rotationStartDate).toBe("2021-08-09");

		component(settings(), "Absence skips the turn", ToggleComponent).simulateChange(false);
		expect(plugin.settings.team.absenceSkipsTurn).toBe(false);
	});

	test("the badge colour shows only with the badge style", async () => {
		const { plugin, container, settings } = await render();
		expect(container.textContent).not.toContain("Badge colour");
		component(settings(), "Topics on the blog", DropdownComponent).simulateChange("badges");
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(plugin.settings.team.topicsPublishStyle).toBe("badges");
		expect(container.textContent).toContain("Badge colour");
		component(settings(), "Badge colour", TextComponent).simulateChange("ff6f00");
		expect(plugin.settings.team.badgeColor).toBe("ff6f00");
		component(settings(), "Week review tags", TextComponent).simulateChange("boostcamp, 회고 ,");
		expect(plugin.settings.team.weekReviewTags).toEqual(["boostcamp", "회고"]);
	});
});
