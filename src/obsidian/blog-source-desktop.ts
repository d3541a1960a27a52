import { Platform } from "obsidian";
import { folderBlogSource, type BlogSource } from "../import/blog-source";
import { PublishSetupError } from "../publish/publish-errors";
import { SitePathError } from "../publish/targets/site-path";
import { siteDiskFromNode } from "../publish/targets/site-disk";

/**
 * The site folder as a blog to import from, desktop app only, with its symlinks resolved (the
 * root that names the site in the publish record). Like the folder target, Node's modules are
 * loaded only when an import runs, so main.js still starts on mobile.
 */
export async function loadDesktopBlogSource(folder: string): Promise<{ source: BlogSource; root: string }> {
	if (Platform.isDesktop && Platform.isDesktopApp) {
		const fs = await import("fs");
		const path = await import("path");
		const root = await fs.promises.realpath(folder).catch(() => {
			throw new SitePathError("missing-folder", folder);
		});
		const reader = {
			readdir: async (at: string) => (await fs.promises.readdir(at, { withFileTypes: true })).map((entry) => ({ name: entry.name, folder: entry.isDirectory() })),
		};
		return { source: folderBlogSource({ ...siteDiskFromNode(fs.promises, path), reader }, root), root };
	}
	throw new PublishSetupError("desktopOnly");
}
