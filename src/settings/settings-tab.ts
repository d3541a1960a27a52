import { PluginSettingTab, type App } from "obsidian";
import type LearningLogPlugin from "../main";
import { renderDailySettings } from "./sections/daily-section";
import { renderLibrarySettings } from "./sections/library-section";
import { renderPublishSettings } from "./sections/publish-section";
import { renderGitHubSettings } from "./sections/github-section";
import { renderTeamSettings } from "./sections/team-section";

/**
 * One tab, one section per feature; each section lives in its own file. display() stays because
 * minAppVersion is below 1.13, where declarative settings arrived.
 */
export class LearningLogSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: LearningLogPlugin,
	) {
		super(app, plugin);
	}

	override display(): void {
		this.renderSections();
	}

	private renderSections(): void {
		const { containerEl } = this;
		containerEl.empty();
		const refresh = () => this.renderSections();
		renderDailySettings(containerEl, this.plugin, refresh);
		renderLibrarySettings(containerEl, this.plugin, refresh);
		renderPublishSettings(containerEl, this.plugin, refresh);
		renderGitHubSettings(containerEl, this.plugin, refresh);
		renderTeamSettings(containerEl, this.plugin, refresh);
	}
}
