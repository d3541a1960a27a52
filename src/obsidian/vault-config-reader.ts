import { normalizePath, type App } from "obsidian";
import type { ConfigFileReader } from "../daily/vault-daily-config";

/**
 * Reads files of the vault's config folder (`Vault#configDir`, not always `.obsidian`) through
 * the adapter: the Vault API does not list them. A missing or unreadable file reads as null.
 */
export function configFileReader(app: App): ConfigFileReader {
	return async (relativePath) => {
		const path = normalizePath(`${app.vault.configDir}/${relativePath}`);
		try {
			return (await app.vault.adapter.exists(path)) ? await app.vault.adapter.read(path) : null;
		} catch {
			return null;
		}
	};
}
