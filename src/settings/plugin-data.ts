import type { Language } from "../i18n/translator";
import { migrateSettings, type MigrationResult } from "./migrate-settings";
import { defaultSettings, SETTINGS_VERSION, type LearningLogSettings } from "./settings";

/**
 * data.json holds the settings and, beside them, what the last publish wrote (the publishing
 * manifest), so that both the plugin and the CLI see the same state of a vault.
 */
export interface PluginData {
	settings: LearningLogSettings;
	publishManifest: unknown;
	/**
	 * data.json as it was read: keys this version does not know (a newer version's), a higher
	 * `version`, and values of the wrong type are written back as they were.
	 */
	raw?: Record<string, unknown>;
	/** Dotted keys whose saved value had the wrong type: kept as written unless changed since. */
	invalidKeys?: string[];
	/** The UI language the defaults were taken in. */
	language?: Language;
}

export interface ParsedPluginData extends PluginData {
	invalidKeys: MigrationResult["invalidKeys"];
	/** False on a first run: nothing was saved yet, so the vault's own day-note options may be adopted. */
	saved: boolean;
}

export function parsePluginData(raw: unknown, language?: Language): ParsedPluginData {
	const { settings, invalidKeys } = migrateSettings(raw, language);
	const manifest =
		typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).publishManifest : undefined;
	const saved = typeof raw === "object" && raw !== null && !Array.isArray(raw);
	return { settings, publishManifest: manifest ?? null, invalidKeys, saved, raw: saved ? (raw as Record<string, unknown>) : {}, language };
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** The saved object with the known settings laid over it; see PluginData.raw. */
function overlay(saved: JsonObject, current: JsonObject, defaults: JsonObject, prefix: string, invalid: ReadonlySet<string>): JsonObject {
	const result: JsonObject = { ...saved };
	for (const [key, value] of Object.entries(current)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (isObject(value) && isObject(saved[key])) {
			result[key] = overlay(saved[key], value, isObject(defaults[key]) ? defaults[key] : {}, path, invalid);
		} else if (invalid.has(path) && key in saved && sameJson(value, defaults[key])) {
			// Still the default we fell back to: the value as the user (or a newer version) wrote it stays.
			result[key] = saved[key];
		} else {
			result[key] = value;
		}
	}
	return result;
}

export function serializePluginData(data: PluginData): Record<string, unknown> {
	const saved = data.raw ?? {};
	const current = { ...data.settings, publishManifest: null } as unknown as JsonObject;
	const result = overlay(saved, current, defaultSettings(data.language) as unknown as JsonObject, "", new Set(data.invalidKeys ?? []));
	// The record of what was published is not settings: it is written as it is now. Laid over the
	// one read at start, the entries of notes since unpublished would come back (and walking it cost
	// more than the rest of the save on a large vault).
	result.publishManifest = data.publishManifest;
	const savedVersion = typeof saved.version === "number" && Number.isFinite(saved.version) ? saved.version : 0;
	// A newer version's data stays readable by it: the version is never lowered.
	result.version = Math.max(savedVersion, SETTINGS_VERSION);
	return result;
}
