import { normalizePath, Setting } from "obsidian";
import { latestAnswer } from "../../core/latest-answer";
import type { MessageKey } from "../../i18n/translator";
import type LearningLogPlugin from "../../main";
import { desktopPathKind } from "../../obsidian/desktop-path-kind";
import { vaultBasePath } from "../../obsidian/choose-target";
import type { PublishSettings } from "../../publish/publish-settings";
import { checkSiteFolder, checkSiteSubfolder } from "../checks/site-folder-check";

type ChoiceKey = "slugMode" | "calloutStyle" | "mathMode" | "unpublishedLinks" | "builder";

const CHOICES: { [K in ChoiceKey]: readonly PublishSettings[K][] } = {
	slugMode: ["unicode", "ascii"],
	calloutStyle: ["minimal-mistakes", "chirpy", "html"],
	mathMode: ["site", "kramdown", "keep"],
	unpublishedLinks: ["text-with-warning", "text"],
	builder: ["jekyll4", "github-pages-classic"],
};

function lines(value: string): string[] {
	return value
		.split("\n")
		.map((line) => line.trim())
		.filter((line) => line !== "");
}

/** Every publishing option; each change is saved at once. */
export function renderPublishSettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	void refresh;
	const { t } = plugin;
	const settings = () => plugin.settings.publish;
	const save = async (change: (publish: PublishSettings) => void) => {
		change(settings());
		await plugin.saveSettings();
	};
	const named = (setting: Setting, key: string) =>
		setting.setName(t(`publish.setting.${key}` as MessageKey)).setDesc(t(`publish.setting.${key}Desc` as MessageKey));

	new Setting(containerEl).setName(t("publish.settingsHeading")).setHeading();

	// Checked as it is typed: a bad value shows why under the setting and is not saved.
	const siteFolder = named(new Setting(containerEl), "siteFolder");
	const siteFolderError = siteFolder.descEl.createDiv({ cls: "learning-log-error" });
	const pathKind = desktopPathKind();
	// Each keystroke starts a check on the disk; only the answer for what is typed now may show or be
	// saved, or a slow answer for "/home" could land after the one for "/home/me/blog" and win.
	const askSiteFolder = latestAnswer();
	siteFolder.addText((text) =>
		text
			.setPlaceholder("/home/me/me.github.io")
			.setValue(settings().siteFolder)
			.onChange(async (value) => {
				const isLatest = askSiteFolder();
				const check = await checkSiteFolder(value, pathKind, vaultBasePath(plugin));
				if (!isLatest()) return;
				siteFolderError.setText(check.ok ? "" : t(`check.siteFolder.${check.problem}`, { path: value.trim() }));
				if (check.ok) await save((publish) => (publish.siteFolder = value.trim()));
			}),
	);
	named(new Setting(containerEl), "publishedFolders").addTextArea((text) =>
		text
			.setPlaceholder("Blog")
			.setValue(settings().publishedFolders.join("\n"))
			.onChange((value) => save((publish) => (publish.publishedFolders = lines(value).map((folder) => normalizePath(folder))))),
	);
	for (const key of ["postsFolder", "assetsFolder"] as const) {
		const setting = named(new Setting(containerEl), key);
		const errorEl = setting.descEl.createDiv({ cls: "learning-log-error" });
		setting.addText((text) =>
			text
				.setPlaceholder(key === "postsFolder" ? "_posts" : "assets/img")
				.setValue(settings()[key])
				.onChange(async (value) => {
					const inside = checkSiteSubfolder(value);
					errorEl.setText(inside === null ? t("check.siteSubfolder.outside", { value: value.trim() }) : "");
					if (inside !== null) await save((publish) => (publish[key] = normalizePath(inside)));
				}),
		);
	}
	new Setting(containerEl)
		.setName(t("button.setting.confirm"))
		.setDesc(t("button.setting.confirmDesc"))
		.addToggle((toggle) => toggle.setValue(settings().confirmMarking).onChange((value) => save((publish) => (publish.confirmMarking = value))));
	named(new Setting(containerEl), "subfolderPerCategory").addToggle((toggle) =>
		toggle.setValue(settings().subfolderPerCategory).onChange((value) => save((publish) => (publish.subfolderPerCategory = value))),
	);
	for (const key of ["slugMode", "calloutStyle", "mathMode", "unpublishedLinks", "builder"] as const) {
		named(new Setting(containerEl), key).addDropdown((dropdown) => {
			for (const choice of CHOICES[key]) dropdown.addOption(choice, t(`publish.setting.${key}.${choice}` as MessageKey));
			dropdown.setValue(settings()[key]).onChange((value) =>
				save((publish) => {
					if ((CHOICES[key] as readonly string[]).includes(value)) (publish as unknown as Record<string, string>)[key] = value;
				}),
			);
		});
	}
	named(new Setting(containerEl), "privateKeys").addTextArea((text) =>
		text.setValue(settings().privateKeys.join("\n")).onChange((value) => save((publish) => (publish.privateKeys = lines(value)))),
	);
}
