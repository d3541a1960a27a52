import { FileSystemAdapter, Platform } from "obsidian";
import type LearningLogPlugin from "../main";
import { PublishSetupError } from "../publish/publish-errors";
import { folderSiteKey } from "../publish/site-key";
import { FolderTarget } from "../publish/targets/folder-target";
import { loadDesktopSiteDisk } from "./folder-target-desktop";
import type { PublishTarget } from "../publish/targets/publish-target";
import type { PagesGet } from "../publish/pages/pages-api";
import { chooseGitHubTarget, isGitHubConfigured } from "./github-plugin-target";

export interface ChosenTarget {
	target: PublishTarget;
	/** Resolves the manifest key once the target can be reached. */
	siteKey(): Promise<string>;
	/** Commit message template, for targets that make commits. */
	message?: string;
	/** GitHub only: reads the repository's Pages and Actions, to follow the site's build. */
	pagesGet?: PagesGet;
}

/**
 * Where the plugin publishes: the GitHub repository once one is set (desktop and mobile), else the
 * site folder (desktop only). The commands and the pipeline do not know which.
 */
export function chooseTarget(plugin: LearningLogPlugin): ChosenTarget {
	if (isGitHubConfigured(plugin)) return chooseGitHubTarget(plugin);
	const folder = plugin.settings.publish.siteFolder.trim();
	if (!Platform.isDesktopApp) throw new PublishSetupError("desktopOnly");
	if (folder === "") throw new PublishSetupError("noSiteFolder");
	// A relative path would depend on where Obsidian was started from: ask for the full path.
	if (!isAbsolutePath(folder)) throw new PublishSetupError("siteFolderNotAbsolute");
	const target = new FolderTarget(folder, loadDesktopSiteDisk, { vaultRoot: vaultBasePath(plugin) });
	return { target, siteKey: async () => folderSiteKey(await target.resolvedRoot()) };
}

/** `/home/me/blog`, `C:\\Users\\me\\blog`, `\\\\server\\share\\blog`. */
export function isAbsolutePath(path: string): boolean {
	return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}

/** The vault's folder on disk (desktop app only; FileSystemAdapter#getBasePath is documented API). */
export function vaultBasePath(plugin: LearningLogPlugin): string | undefined {
	const adapter = plugin.app.vault.adapter;
	return adapter instanceof FileSystemAdapter ? adapter.getBasePath() : undefined;
}
