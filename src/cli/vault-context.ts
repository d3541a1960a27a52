import { promises as fs } from "fs";
import * as nodePath from "path";
import { createTranslator, pickLanguage, type Translator } from "../i18n/translator";
import type { ConfigFileReader } from "../daily/vault-daily-config";
import { NodeNoteStore } from "../node/node-note-store";
import { detectLibrarySettings, detectVaultSettings, type VaultAdoption } from "../settings/adopt-vault-settings";
import { parsePluginData, serializePluginData, type ParsedPluginData } from "../settings/plugin-data";

// The CLI has no Vault#configDir to ask; this is Obsidian's default, overridable with --config-dir.
export const CONFIG_DIR = ".obsidian";
export const PLUGIN_ID = "learning-log";

export interface VaultContext {
	root: string;
	store: NodeNoteStore;
	data: ParsedPluginData;
	t: Translator;
	dataPath: string;
	/**
	 * What was taken from the vault's own options when no Learning Log settings were saved (without
	 * the numbering the notes follow: a command works that out where it needs a day number).
	 */
	adoption: VaultAdoption | null;
	/** Reads a file of the vault's config folder (`.obsidian/…`); null when it is missing. */
	readConfig: ConfigFileReader;
	/** Writes data.json back (settings and publishing manifest), atomically. */
	save(): Promise<void>;
	/** data.json's text as this run last read or wrote it (null: none). */
	dataText: string | null;
}

/** data.json as it is on disk now (another run may have saved it since the vault was opened). */
export async function reloadPluginData(context: VaultContext): Promise<ParsedPluginData> {
	const text = await fs.readFile(context.dataPath, "utf8").catch(() => null);
	// The text this run read or wrote says nothing new: context.data holds its record already, and
	// parsing it again takes a while on a 5,000-note record.
	if (text === null || text === context.dataText) return context.data;
	try {
		const fresh = parsePluginData(JSON.parse(text), context.data.language);
		context.data.publishManifest = fresh.publishManifest;
		return fresh;
	} catch {
		return context.data;
	}
}

export interface OpenVaultOptions {
	/**
	 * The command only reads the library and saves nothing (`tree`): with no saved settings, only
	 * the library's are taken from the vault's options, and the day notes are not read for their
	 * habits (numbering, titles), which such a command never uses.
	 */
	libraryOnly?: boolean;
}

/** Opens a vault folder the way the plugin sees it: its notes and the plugin's data.json. */
export async function openVault(root: string, env: Record<string, string | undefined>, options: OpenVaultOptions = {}): Promise<VaultContext> {
	const stat = await fs.stat(root).catch(() => null);
	if (!stat?.isDirectory()) throw new Error(`Vault folder not found: ${root}`);
	const dataPath = nodePath.join(root, CONFIG_DIR, "plugins", PLUGIN_ID, "data.json");
	let raw: unknown = null;
	const text = await fs.readFile(dataPath, "utf8").catch(() => null);
	if (text !== null) {
		try {
			raw = JSON.parse(text);
		} catch {
			throw new Error(`The plugin's data file is not valid JSON: ${dataPath}`);
		}
	}
	// What was never saved takes the defaults of the user's language, as in the plugin.
	const language = pickLanguage(env.LEARNING_LOG_LANG ?? env.LANG);
	const data = parsePluginData(raw, language);
	const store = new NodeNoteStore(root, CONFIG_DIR);
	let adoption: VaultAdoption | null = null;
	const readConfig: ConfigFileReader = (relativePath) => fs.readFile(nodePath.join(root, CONFIG_DIR, relativePath), "utf8").catch(() => null);
	if (!data.saved) {
		// Nothing saved yet: read the vault's own day-note options, as the plugin does on first run.
		if (options.libraryOnly) {
			data.settings.library = await detectLibrarySettings(data.settings, readConfig);
		} else {
			// The day notes read here are handed to the command, which mostly reads them next.
			adoption = await store.sharingReads(() => detectVaultSettings(data.settings, readConfig, store, { inferNumbering: false }));
			data.settings.daily = adoption.daily;
			data.settings.library = adoption.library;
		}
	}
	const context: VaultContext = {
		root,
		store,
		adoption,
		readConfig,
		data,
		t: createTranslator(language),
		dataPath,
		dataText: text,
		async save() {
			// Until it is written, the text on disk is not what context.data holds.
			context.dataText = null;
			await fs.mkdir(nodePath.dirname(dataPath), { recursive: true });
			// A name of its own: two runs saving at once never write into each other's temporary file.
			const temporary = `${dataPath}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
			const json = JSON.stringify(serializePluginData(context.data), null, "\t");
			try {
				await fs.writeFile(temporary, `${json}\n`, "utf8");
				await fs.rename(temporary, dataPath);
				context.dataText = `${json}\n`;
			} catch (error) {
				await fs.unlink(temporary).catch(() => undefined);
				throw error;
			}
		},
	};
	return context;
}
