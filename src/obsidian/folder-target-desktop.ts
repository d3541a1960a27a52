import { Platform } from "obsidian";
import { PublishSetupError } from "../publish/publish-errors";
import { siteDiskFromNode, type SiteDisk } from "../publish/targets/site-disk";

/**
 * Node's file system for the folder target inside the plugin, loaded only when a publish to a
 * folder runs on the desktop app. The dynamic imports keep `fs` and `path` off every path that runs
 * when main.js loads, so the plugin still starts on mobile. The CLI passes Node's modules itself.
 */
export async function loadDesktopSiteDisk(): Promise<SiteDisk> {
	// isDesktopApp: the Electron app, the only place where Node's modules exist.
	if (Platform.isDesktop && Platform.isDesktopApp) {
		const fs = await import("fs");
		const path = await import("path");
		return siteDiskFromNode(fs.promises, path);
	}
	throw new PublishSetupError("desktopOnly");
}
