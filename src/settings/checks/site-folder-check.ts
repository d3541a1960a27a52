/** What is at a path on disk: the plugin asks Node's fs on the desktop, tests a map. */
export type PathKind = "folder" | "file" | null;

import { foldersOverlap } from "../../publish/site-overlap";

export type SiteFolderCheck = { ok: true } | { ok: false; problem: "notAbsolute" | "missing" | "notFolder" | "overlapsVault" };

/** `/home/me/blog`, `C:\blog`, `C:/blog`, `\\server\share\blog`: a full path on any desktop system. */
export function isAbsolutePath(path: string): boolean {
	return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}

/**
 * The site folder of the folder target: empty (not set up yet), or the full path of an existing
 * folder. A relative path would depend on where Obsidian was started, so it is refused.
 */
export async function checkSiteFolder(text: string, kindOf: ((path: string) => Promise<PathKind>) | null, vaultRoot?: string): Promise<SiteFolderCheck> {
	const path = text.trim();
	if (path === "") return { ok: true };
	if (!isAbsolutePath(path)) return { ok: false, problem: "notAbsolute" };
	// Publishing into the vault (or the vault into the site) would rewrite notes or republish posts.
	if (vaultRoot !== undefined && foldersOverlap(path, vaultRoot)) return { ok: false, problem: "overlapsVault" };
	// Where the disk cannot be read (the mobile app), the folder is checked when publishing.
	if (kindOf === null) return { ok: true };
	const kind = await kindOf(path);
	if (kind === null) return { ok: false, problem: "missing" };
	return kind === "folder" ? { ok: true } : { ok: false, problem: "notFolder" };
}

/**
 * The posts and images folders, which live inside the site: `_posts`, `assets/img`. Returns the
 * clean relative path, or null for one that leaves the site (absolute, `..`) or is empty.
 */
export function checkSiteSubfolder(text: string): string | null {
	const trimmed = text.trim().replace(/\\/g, "/");
	if (trimmed === "" || isAbsolutePath(trimmed) || /^[A-Za-z]:/.test(trimmed)) return null;
	const segments = trimmed.split("/").filter((segment) => segment !== "" && segment !== ".");
	if (segments.length === 0 || segments.includes("..")) return null;
	return segments.join("/");
}
