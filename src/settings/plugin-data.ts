import { migrateSettings, type MigrationResult } from "./migrate-settings";
import type { LearningLogSettings } from "./settings";

/**
 * data.json holds the settings and, beside them, what the last publish wrote (the publishing
 * manifest), so that both the plugin and the CLI see the same state of a vault.
 */
export interface PluginData {
	settings: LearningLogSettings;
	publishManifest: unknown;
}

export interface ParsedPluginData extends PluginData {
	invalidKeys: MigrationResult["invalidKeys"];
	/** False on a first run: nothing was saved yet, so the vault's own day-note options may be adopted. */
	saved: boolean;
}

export function parsePluginData(raw: unknown): ParsedPluginData {
	const { settings, invalidKeys } = migrateSettings(raw);
	const manifest =
		typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).publishManifest : undefined;
	return { settings, publishManifest: manifest ?? null, invalidKeys, saved: typeof raw === "object" && raw !== null };
}

export function serializePluginData(data: PluginData): Record<string, unknown> {
	return { ...data.settings, publishManifest: data.publishManifest };
}
