import { Setting } from "obsidian";
import type LearningLogPlugin from "../../main";

export function renderGitHubSettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	void refresh;
	new Setting(containerEl).setName(plugin.t("github.settingsHeading")).setHeading();
}
