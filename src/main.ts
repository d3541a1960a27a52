import { getLanguage, Notice, Plugin } from "obsidian";
import { registerDailyCommands } from "./commands/daily-commands";
import { registerImportCommands } from "./commands/import-commands";
import { registerLibraryView } from "./commands/library-commands";
import { registerPublishCommands } from "./commands/publish-commands";
import { registerTeamCommands } from "./commands/team-commands";
import type { PublishController } from "./obsidian/publish-controller";
import { adoptVaultOnFirstRun } from "./commands/vault-adoption";
import { createTranslator, pickLanguage, type Language, type Translator } from "./i18n/translator";
import { parsePluginData, serializePluginData } from "./settings/plugin-data";
import type { LearningLogSettings } from "./settings/settings";
import { LearningLogSettingTab } from "./settings/settings-tab";

export default class LearningLogPlugin extends Plugin {
	override settings!: LearningLogSettings;
	/** What the last publish wrote; owned by the publishing code, saved beside the settings. */
	publishManifest: unknown = null;
	/** data.json as loaded: what this version does not know is written back as it was. */
	private loadedData: { raw?: Record<string, unknown>; invalidKeys?: string[]; language?: Language } = {};
	t!: Translator;
	/** The first-run adoption of the vault's day-note options, once the layout is ready (tests await it). */
	vaultAdoption: Promise<void> | null = null;

	override async onload(): Promise<void> {
		this.t = createTranslator(pickLanguage(getLanguage()));
		const saved = await this.loadSettings();
		this.addSettingTab(new LearningLogSettingTab(this.app, this));
		registerDailyCommands(this);
		// The view's icon comes first in the ribbon; its publish button reaches the controller made below.
		let publishing!: PublishController;
		registerLibraryView(this, {
			publishNow: () => void publishing.publishFromButton(),
			publishNote: (path) => void publishing.publishNote(path),
			setMarked: (path, marked) => void publishing.setMarked(path, marked),
			isMarked: (path) => {
				const file = this.app.vault.getFileByPath(path);
				return file ? publishing.isMarked(file) : null;
			},
		});
		publishing = registerPublishCommands(this);
		registerTeamCommands(this);
		registerImportCommands(this);
		if (!saved) {
			this.app.workspace.onLayoutReady(() => {
				this.vaultAdoption = adoptVaultOnFirstRun(this).catch((error: unknown) => console.error(error));
			});
		}
	}

	/** Loads the saved settings; false when nothing was saved yet (a first run). */
	async loadSettings(): Promise<boolean> {
		const language = pickLanguage(getLanguage());
		const { settings, publishManifest, invalidKeys, saved, raw } = parsePluginData(await this.loadData(), language);
		this.settings = settings;
		this.publishManifest = publishManifest;
		this.loadedData = { raw, invalidKeys, language };
		if (invalidKeys.length > 0) new Notice(this.t("common.settingsInvalid", { keys: invalidKeys.join(", ") }));
		return saved;
	}

	async saveSettings(): Promise<void> {
		await this.saveData(serializePluginData({ settings: this.settings, publishManifest: this.publishManifest, ...this.loadedData }));
	}
}
