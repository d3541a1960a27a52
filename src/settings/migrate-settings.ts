import type { Language } from "../i18n/translator";
import { defaultSettings, SETTINGS_VERSION, type LearningLogSettings } from "./settings";

type JsonObject = Record<string, unknown>;

export interface MigrationResult {
	settings: LearningLogSettings;
	/** Dotted keys whose saved value had the wrong type and was replaced by the default. */
	invalidKeys: string[];
}

function isObject(value: unknown): value is JsonObject {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Step 0 → 1: before settings were versioned, data.json held the flat keys of Obsidian's core
 * Daily notes options (`folder`, `format`, `template`), which users copied over. Move them into
 * the `daily` section instead of losing them.
 */
function fromUnversionedFlatShape(raw: JsonObject): JsonObject {
	const daily: JsonObject = isObject(raw.daily) ? { ...raw.daily } : {};
	if (typeof raw.folder === "string") daily.folder = raw.folder;
	if (typeof raw.format === "string") daily.fileNamePattern = raw.format;
	if (typeof raw.template === "string" && raw.template.trim() !== "") {
		daily.templatePath = raw.template.endsWith(".md") ? raw.template : `${raw.template}.md`;
		daily.templateSource = "vault-note";
	}
	const { folder: _folder, format: _format, template: _template, ...rest } = raw;
	return { ...rest, daily, version: 1 };
}

/**
 * Step 1 → 2: the Math setting gained "as the site is configured", the new default. Its output
 * is kramdown's wherever the site's math does not read single dollars, and keeps prices dollars
 * where it does; the old default, saved with every other setting, moves to it.
 */
function mathFollowsTheSite(raw: JsonObject): JsonObject {
	const publish = isObject(raw.publish) ? { ...raw.publish } : null;
	if (publish?.mathMode === "kramdown") publish.mathMode = "site";
	return { ...raw, ...(publish ? { publish } : {}), version: 2 };
}

/** MIGRATIONS[n] turns a version-n object into a version-(n+1) object. */
const MIGRATIONS: Array<(raw: JsonObject) => JsonObject> = [fromUnversionedFlatShape, mathFollowsTheSite];

/**
 * Copies each saved value whose type matches the default's; everything else falls back to the
 * default. Unknown keys are dropped so that stale options do not linger in data.json.
 */
function conformToDefaults(saved: unknown, defaults: JsonObject, prefix: string, invalid: string[]): JsonObject {
	const result: JsonObject = {};
	const source = isObject(saved) ? saved : {};
	for (const [key, fallback] of Object.entries(defaults)) {
		const value = source[key];
		const path = prefix ? `${prefix}.${key}` : key;
		if (value === undefined) {
			result[key] = fallback;
		} else if (isObject(fallback)) {
			if (!isObject(value)) invalid.push(path);
			result[key] = conformToDefaults(value, fallback, path, invalid);
		} else if (Array.isArray(fallback)) {
			const strings = Array.isArray(value) && value.every((item) => typeof item === "string") ? [...value] : null;
			if (!strings) invalid.push(path);
			result[key] = strings ?? fallback;
		} else if (typeof value === typeof fallback && !(typeof value === "number" && !Number.isFinite(value))) {
			result[key] = value;
		} else {
			invalid.push(path);
			result[key] = fallback;
		}
	}
	return result;
}

/**
 * Pure: whatever data.json held (nothing, an old shape, garbage), returns complete settings; what
 * was not saved takes the defaults of the UI language.
 */
export function migrateSettings(raw: unknown, language?: Language): MigrationResult {
	let data: JsonObject = isObject(raw) ? { ...raw } : {};
	const savedVersion = typeof data.version === "number" ? data.version : 0;
	for (let version = savedVersion; version < SETTINGS_VERSION; version++) {
		data = MIGRATIONS[version](data);
	}
	const invalidKeys: string[] = [];
	const defaults = defaultSettings(language) as unknown as JsonObject;
	const settings = conformToDefaults(data, defaults, "", invalidKeys) as unknown as LearningLogSettings;
	settings.version = SETTINGS_VERSION;
	return { settings, invalidKeys: invalidKeys.filter((key) => key !== "version") };
}
