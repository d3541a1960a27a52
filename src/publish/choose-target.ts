import { Platform } from "obsidian";
import type LearningLogPlugin from "../main";
import { PublishSetupError } from "./publish-errors";
import { folderSiteKey } from "./site-key";
import { FolderTarget } from "./targets/folder-target";
import { loadDesktopSiteDisk } from "./targets/folder-target-desktop";
import type { PublishTarget } from "./targets/publish-target";

export interface ChosenTarget {
	target: PublishTarget;
	/** Resolves the manifest key once the target can be reached. */
	siteKey(): Promise<string>;
}

/**
 * Where the plugin publishes. Today that is the folder target (desktop only); a GitHub target plugs
 * in here, chosen when its settings are complete, without touching the commands or the pipeline.
 */
export function chooseTarget(plugin: LearningLogPlugin): ChosenTarget {
	const folder = plugin.settings.publish.siteFolder.trim();
	if (!Platform.isDesktopApp) throw new PublishSetupError("desktopOnly");
	if (folder === "") throw new PublishSetupError("noSiteFolder");
	// A relative path would depend on where Obsidian was started from: ask for the full path.
	if (!isAbsolutePath(folder)) throw new PublishSetupError("siteFolderNotAbsolute");
	const target = new FolderTarget(folder, loadDesktopSiteDisk);
	return { target, siteKey: async () => folderSiteKey(await target.resolvedRoot()) };
}

/** `/home/me/blog`, `C:\\Users\\me\\blog`, `\\\\server\\share\\blog`. */
export function isAbsolutePath(path: string): boolean {
	return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}
