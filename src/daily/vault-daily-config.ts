import { DEFAULT_DATE_FORMAT, DEFAULT_TIME_FORMAT } from "./placeholders";

/**
 * What a vault already says about its day notes, read from the configuration files of Obsidian's
 * core Daily notes and Templates plugins and of the community Periodic Notes plugin. Pure: the
 * caller hands in a reader for files below the config folder (the plugin reads them with
 * `app.vault.adapter`, the CLI from disk), so both find the same thing.
 */
export interface VaultDailyConfig {
	/** Where the day-note settings came from, or null when the vault has none. */
	source: "periodic-notes" | "daily-notes" | null;
	folder: string | null;
	/** A moment format such as `YYYY-MM-DD`. */
	format: string | null;
	/** The template as Obsidian stores it: a vault path, usually without `.md`. */
	template: string | null;
	/** The core Templates plugin's folder. */
	templatesFolder: string | null;
}

/** Reads `<configDir>/<relativePath>`; null when the file is missing or unreadable. */
export type ConfigFileReader = (relativePath: string) => Promise<string | null>;

type JsonObject = Record<string, unknown>;

function parseJsonObject(text: string | null): JsonObject | null {
	if (text === null) return null;
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
	} catch {
		return null;
	}
}

function cleanFolder(value: unknown): string | null {
	if (typeof value !== "string") return null;
	return value.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

function nonEmptyString(value: unknown): string | null {
	return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/**
 * Whether a core plugin is on. `core-plugins.json` is a list of the enabled ids in current
 * Obsidian and an `{ id: boolean }` map in older versions; a vault without the file has the
 * defaults, where Daily notes and Templates are on.
 */
export function isCorePluginEnabled(corePluginsJson: string | null, id: string): boolean {
	if (corePluginsJson === null) return true;
	try {
		const value: unknown = JSON.parse(corePluginsJson);
		if (Array.isArray(value)) return value.includes(id);
		if (typeof value === "object" && value !== null) return (value as JsonObject)[id] === true;
	} catch {
		// A broken file: Obsidian itself falls back to its defaults.
	}
	return true;
}

/** `community-plugins.json`: the list of enabled community plugin ids. */
export function isCommunityPluginEnabled(communityPluginsJson: string | null, id: string): boolean {
	if (communityPluginsJson === null) return false;
	try {
		const value: unknown = JSON.parse(communityPluginsJson);
		return Array.isArray(value) && value.includes(id);
	} catch {
		return false;
	}
}

interface DayNoteOptions {
	folder: string | null;
	format: string | null;
	template: string | null;
}

/** `daily-notes.json`: `{ folder, format, template }`, each optional. */
export function parseDailyNotesOptions(text: string | null): DayNoteOptions | null {
	const json = parseJsonObject(text);
	if (!json) return null;
	return { folder: cleanFolder(json.folder), format: nonEmptyString(json.format), template: cleanFolder(json.template) || null };
}

/** Periodic Notes' `data.json`: the `daily` section when it is enabled. */
export function parsePeriodicDailyOptions(text: string | null): DayNoteOptions | null {
	const daily = parseJsonObject(text)?.daily;
	if (typeof daily !== "object" || daily === null) return null;
	const options = daily as JsonObject;
	if (options.enabled !== true) return null;
	return { folder: cleanFolder(options.folder), format: nonEmptyString(options.format), template: cleanFolder(options.template) || null };
}

/** `templates.json`: the core Templates folder. */
export function parseTemplatesFolder(text: string | null): string | null {
	return cleanFolder(parseJsonObject(text)?.folder) || null;
}

/**
 * Reads the vault's day-note configuration. Periodic Notes wins when it is on and its daily notes
 * are enabled (it replaces the core plugin's command); then core Daily notes when it is on.
 */
export async function readVaultDailyConfig(read: ConfigFileReader): Promise<VaultDailyConfig> {
	const [corePlugins, communityPlugins] = await Promise.all([read("core-plugins.json"), read("community-plugins.json")]);
	let source: VaultDailyConfig["source"] = null;
	let options: DayNoteOptions | null = null;
	if (isCommunityPluginEnabled(communityPlugins, "periodic-notes")) {
		options = parsePeriodicDailyOptions(await read("plugins/periodic-notes/data.json"));
		if (options) source = "periodic-notes";
	}
	if (!options && isCorePluginEnabled(corePlugins, "daily-notes")) {
		options = parseDailyNotesOptions(await read("daily-notes.json"));
		if (options) source = "daily-notes";
	}
	const templatesFolder = isCorePluginEnabled(corePlugins, "templates") ? parseTemplatesFolder(await read("templates.json")) : null;
	return {
		source,
		folder: options?.folder ?? null,
		format: options?.format ?? null,
		template: options?.template ?? null,
		templatesFolder,
	};
}

/** The core Templates plugin's formats for `{{date}}` and `{{time}}` in a template note. */
export interface TemplateFormats {
	dateFormat: string;
	timeFormat: string;
}

export const DEFAULT_TEMPLATE_FORMATS: TemplateFormats = { dateFormat: DEFAULT_DATE_FORMAT, timeFormat: DEFAULT_TIME_FORMAT };

/** `templates.json`'s `dateFormat` and `timeFormat` while Templates is on; Obsidian's defaults otherwise. */
export async function readTemplateFormats(read: ConfigFileReader): Promise<TemplateFormats> {
	if (!isCorePluginEnabled(await read("core-plugins.json"), "templates")) return { ...DEFAULT_TEMPLATE_FORMATS };
	const json = parseJsonObject(await read("templates.json"));
	return {
		dateFormat: nonEmptyString(json?.dateFormat) ?? DEFAULT_TEMPLATE_FORMATS.dateFormat,
		timeFormat: nonEmptyString(json?.timeFormat) ?? DEFAULT_TEMPLATE_FORMATS.timeFormat,
	};
}
