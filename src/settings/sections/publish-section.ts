import { Setting } from "obsidian";
import type LearningLogPlugin from "../../main";

export function renderPublishSettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	void refresh;
	new Setting(containerEl).setName(plugin.t("publish.settingsHeading")).setHeading();
}
