import { Setting } from "obsidian";
import type LearningLogPlugin from "../../main";
import { parseAbsences } from "../../team/absences";
import { unknownAbsentNames } from "../checks/absences-check";
import { isIsoDate } from "../../daily/local-date";
import type { TopicsPublishStyle } from "../../team/team-settings";
import { commaListOf, linesOf } from "./setting-helpers";

export function renderTeamSettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	const team = plugin.settings.team;
	const t = plugin.t;
	const save = () => plugin.saveSettings();
	new Setting(containerEl).setName(t("team.settingsHeading")).setHeading();

	new Setting(containerEl)
		.setName(t("team.members.name"))
		.setDesc(t("team.members.desc"))
		.addTextArea((text) =>
			text.setValue(team.members.join("\n")).onChange(async (value) => {
				team.members = linesOf(value);
				await save();
			}),
		);

	const startSetting = new Setting(containerEl).setName(t("team.rotationStart.name")).setDesc(t("team.rotationStart.desc"));
	startSetting.addText((text) =>
		text
			.setPlaceholder("2021-08-02")
			.setValue(team.rotationStartDate)
			.onChange(async (value) => {
				const date = value.trim();
				if (date !== "" && !isIsoDate(date)) {
					startSetting.setDesc(t("team.rotationStart.invalid", { value: date }));
					return;
				}
				startSetting.setDesc(t("team.rotationStart.desc"));
				team.rotationStartDate = date;
				await save();
			}),
	);

	const absencesSetting = new Setting(containerEl).setName(t("team.absences.name"));
	const describeAbsences = () => {
		const invalid = parseAbsences(team.absences).invalidEntries;
		const unknown = unknownAbsentNames(team.absences, team.members);
		const problems = [
			...(invalid.length > 0 ? [t("team.absences.invalid", { entries: invalid.join(", ") })] : []),
			...(unknown.length > 0 ? [t("check.absences.unknown", { names: unknown.join(", ") })] : []),
		];
		absencesSetting.setDesc(problems.length === 0 ? t("team.absences.desc") : problems.join(" "));
	};
	describeAbsences();
	absencesSetting.addTextArea((text) =>
		text
			.setPlaceholder("2021-08-11:김민수")
			.setValue(team.absences.join("\n"))
			.onChange(async (value) => {
				team.absences = linesOf(value);
				describeAbsences();
				await save();
			}),
	);

	new Setting(containerEl)
		.setName(t("team.absenceSkipsTurn.name"))
		.setDesc(t("team.absenceSkipsTurn.desc"))
		.addToggle((toggle) =>
			toggle.setValue(team.absenceSkipsTurn).onChange(async (value) => {
				team.absenceSkipsTurn = value;
				await save();
			}),
		);

	new Setting(containerEl)
		.setName(t("team.topicsStyle.name"))
		.setDesc(t("team.topicsStyle.desc"))
		.addDropdown((dropdown) =>
			dropdown
				.addOptions({ list: t("team.topicsStyle.list"), badges: t("team.topicsStyle.badges") })
				.setValue(team.topicsPublishStyle)
				.onChange(async (value) => {
					team.topicsPublishStyle = value as TopicsPublishStyle;
					await save();
					refresh();
				}),
		);

	if (team.topicsPublishStyle === "badges") {
		new Setting(containerEl)
			.setName(t("team.badgeColor.name"))
			.setDesc(t("team.badgeColor.desc"))
			.addText((text) =>
				text.setValue(team.badgeColor).onChange(async (value) => {
					team.badgeColor = value.trim() || "red";
					await save();
				}),
			);
	}

	const textSetting = (name: "weekReviewFolder" | "weekReviewFileName" | "weekReviewTitlePattern", label: "weekReviewFolder" | "weekReviewFileName" | "weekReviewTitle") =>
		new Setting(containerEl)
			.setName(t(`team.${label}.name`))
			.setDesc(t(`team.${label}.desc`))
			.addText((text) =>
				text.setValue(team[name]).onChange(async (value) => {
					team[name] = value.trim();
					await save();
				}),
			);
	textSetting("weekReviewFolder", "weekReviewFolder");
	textSetting("weekReviewFileName", "weekReviewFileName");
	textSetting("weekReviewTitlePattern", "weekReviewTitle");

	new Setting(containerEl)
		.setName(t("team.weekReviewTags.name"))
		.setDesc(t("team.weekReviewTags.desc"))
		.addText((text) =>
			text.setValue(team.weekReviewTags.join(", ")).onChange(async (value) => {
				team.weekReviewTags = commaListOf(value);
				await save();
			}),
		);
}
