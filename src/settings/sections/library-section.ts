import { Setting } from "obsidian";
import type LearningLogPlugin from "../../main";

export function renderLibrarySettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	void refresh;
	new Setting(containerEl).setName(plugin.t("library.settingsHeading")).setHeading();
}
