import { Platform } from "obsidian";
import type { PathKind } from "../settings/checks/site-folder-check";

async function pathKindOnDesktop(path: string): Promise<PathKind> {
	// isDesktopApp: the Electron app, the only place where Node's modules exist.
	if (Platform.isDesktop && Platform.isDesktopApp) {
		const fs = await import("fs");
		const stat = await fs.promises.stat(path).catch(() => null);
		if (!stat) return null;
		return stat.isDirectory() ? "folder" : "file";
	}
	return null;
}

/**
 * What is at a full path on disk, for the settings checks; null on the mobile app, where there is
 * no Node file system. `fs` is imported only when asked, so main.js still loads on mobile.
 */
export function desktopPathKind(): ((path: string) => Promise<PathKind>) | null {
	return Platform.isDesktop && Platform.isDesktopApp ? pathKindOnDesktop : null;
}
