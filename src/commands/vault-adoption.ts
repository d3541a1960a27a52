import { Notice } from "obsidian";
import { LIBRARY_SETTINGS_CHANGED } from "../core/workspace-events";
import type LearningLogPlugin from "../main";
import { configFileReader } from "../obsidian/vault-config-reader";
import { VaultNoteStore } from "../obsidian/vault-note-store";
import { detectVaultSettings, type VaultAdoption } from "../settings/adopt-vault-settings";
import { adoptionSummary } from "../settings/adoption-summary";

/**
 * Takes over what the vault already says about day notes (core Daily notes or Periodic Notes,
 * the Templates folder, the titles and numbers of existing notes), saves it and tells the user.
 */
export async function adoptVaultSettings(plugin: LearningLogPlugin): Promise<VaultAdoption> {
	const adoption = await detectVaultSettings(plugin.settings, configFileReader(plugin.app), new VaultNoteStore(plugin.app));
	plugin.settings.daily = adoption.daily;
	plugin.settings.library = adoption.library;
	await plugin.saveSettings();
	plugin.app.workspace.trigger(LIBRARY_SETTINGS_CHANGED);
	return adoption;
}

/** First run (nothing saved yet): adopt the vault's own options, once, and say what was set. */
export async function adoptVaultOnFirstRun(plugin: LearningLogPlugin): Promise<void> {
	const adoption = await detectVaultSettings(plugin.settings, configFileReader(plugin.app), new VaultNoteStore(plugin.app));
	// A vault without day-note options or numbered notes keeps the defaults and stays unsaved.
	if (adoption.source === null && adoption.adopted.length === 0) return;
	plugin.settings.daily = adoption.daily;
	plugin.settings.library = adoption.library;
	await plugin.saveSettings();
	plugin.app.workspace.trigger(LIBRARY_SETTINGS_CHANGED);
	new Notice([plugin.t("adopt.notice.title"), ...adoptionSummary(plugin.t, adoption)].join("\n"), 15_000);
}
