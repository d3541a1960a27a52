import type { App as ObsidianApp } from "obsidian";
import { App } from "../__mocks__/obsidian";
import { createOrOpenDayNote } from "../../src/daily/create-day-note";
import { DEFAULT_DAILY_SETTINGS } from "../../src/daily/daily-settings";
import { renderPlaceholders } from "../../src/daily/placeholders";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import { defaultSettings, type LearningLogSettings } from "../../src/settings/settings";
import { teamPlaceholders } from "../../src/team/team-placeholders";
import { renderTopicsBlock } from "../../src/team/topics-block";
import { updateDayTopics } from "../../src/team/update-topics";

const KST = (text: string) => new Date(`${text}+09:00`).getTime();

function settingsWith(team: Partial<LearningLogSettings["team"]>, templateSource: "built-in-ko" | "built-in-en" = "built-in-ko"): LearningLogSettings {
	const settings = defaultSettings();
	settings.daily = { ...DEFAULT_DAILY_SETTINGS, courseStartDate: "2021-08-02", templateSource };
	settings.team = { ...settings.team, ...team };
	return settings;
}

async function vault(): Promise<{ app: App; store: VaultNoteStore }> {
	const app = new App();
	const at = (text: string) => ({ ctime: KST(text), mtime: KST(text) });
	await app.vault.create("daily/2021-08-12.md", "---\ndate: 2021-08-12 21:30:00 +0900\n---\n", at("2021-08-12T09:00:00"));
	await app.vault.create("topics/어젯밤 정리.md", "x", at("2021-08-13T02:00:00")); // before 4 a.m.: the 12th
	await app.vault.create("topics/Adam.md", "x", at("2021-08-13T08:00:00"));
	await app.vault.create("templates/t.md", "x", at("2021-08-13T08:30:00"));
	return { app, store: new VaultNoteStore(app as unknown as ObsidianApp) };
}

const members = ["김민수", "이지은", "박서준", "최유진", "정하늘"];

describe("New bootcamp day fills the team placeholders", () => {
	test("moderator by rotation, participants without the absent, and the topics so far in the marked block", async () => {
		const { store } = await vault();
		const settings = settingsWith({ members, absences: ["2021-08-13:박서준"] });
		const result = await createOrOpenDayNote(store, {
			settings: settings.daily,
			now: new Date(KST("2021-08-13T09:00:00")),
			language: "ko",
			extraPlaceholders: teamPlaceholders(store, settings),
		});
		expect(result).toMatchObject({ path: "daily/2021-08-13.md", created: true, warnings: [] });
		const text = await store.read(result.path);
		// Day10: the rotation from 2021-08-02 over weekdays gives the fifth member.
		expect(text).toContain("- 모더레이터: 정하늘\n- 참여자: 김민수, 이지은, 최유진, 정하늘\n");
		expect(text).toContain(`## 학습 내용\n\n${renderTopicsBlock(["Adam"])}\n\n- \n`);

		// Later that day "Update today's topics" refreshes the same block in place.
		const before = text;
		const updated = await updateDayTopics(store, settings, "2021-08-13");
		expect(updated).toMatchObject({ status: "unchanged" });
		expect(await store.read(result.path)).toBe(before);
	});

	test("English template: names joined with and", async () => {
		const { store } = await vault();
		const settings = settingsWith({ members: ["Kim", "Lee", "Park"] }, "built-in-en");
		const result = await createOrOpenDayNote(store, {
			settings: settings.daily,
			now: new Date(KST("2021-08-13T09:00:00")),
			language: "en",
			extraPlaceholders: teamPlaceholders(store, settings),
		});
		const text = await store.read(result.path);
		// Day10 of three members: (10 - 1) % 3 = 0.
		expect(text).toContain("- Moderator: Kim\n- Participants: Kim, Lee and Park\n");
		expect(text).toContain(`## What I learned\n\n${renderTopicsBlock(["Adam"])}\n`);
	});

	test("without a team the placeholders are left empty, not reported as unknown", async () => {
		const { store } = await vault();
		const settings = settingsWith({});
		const result = await createOrOpenDayNote(store, {
			settings: settings.daily,
			now: new Date(KST("2021-08-13T09:00:00")),
			language: "ko",
		});
		expect(result.warnings).toEqual([]);
		expect(await store.read(result.path)).toContain("- 모더레이터: \n- 참여자: \n");
	});
});

describe("placeholder values from other features", () => {
	const context = { language: "ko" as const, course: "c", day: 1, moment: new Date(KST("2021-08-13T09:00:00")), now: new Date(KST("2021-08-13T09:00:00")) };
	test("are used when given, and other unknown names stay visible", () => {
		const rendered = renderPlaceholders("{{moderator}}|{{weather}}|{{constructor}}", { ...context, extra: { moderator: "김민수" } });
		expect(rendered).toEqual({ text: "김민수|{{weather}}|{{constructor}}", unknown: ["{{weather}}", "{{constructor}}"] });
	});
});
