import { errorCode, type SiteDisk } from "../site-disk";
import { LEGACY_TEMPORARY } from "./staging-area";

/**
 * Every file under the given site folders (posts, images), as site paths: one directory listing
 * per folder, no stat per file. Hidden temporary files that earlier versions staged beside their
 * targets are removed on the way (the caller holds the site's lock). A folder that is missing, or
 * that leads out of the site, lists nothing: nothing is ever written there.
 */
export async function surveyFolders(
	disk: SiteDisk,
	root: string,
	folders: readonly string[],
	isInside: (absolute: string) => boolean,
): Promise<Set<string>> {
	const found = new Set<string>();
	const walk = async (absolute: string, sitePath: string): Promise<void> => {
		let entries;
		try {
			const real = await disk.fs.realpath(absolute);
			if (!isInside(real)) return;
			entries = await disk.fs.readdir(absolute);
		} catch (error) {
			if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return;
			throw error;
		}
		for (const entry of entries) {
			const child = `${sitePath}/${entry.name}`;
			const childAbsolute = disk.path.join(absolute, entry.name);
			if (entry.isDirectory()) await walk(childAbsolute, child);
			else if (LEGACY_TEMPORARY.test(entry.name)) await disk.fs.unlink(childAbsolute).catch(() => undefined);
			else found.add(child);
		}
	};
	const unique = [...new Set(folders.map((folder) => folder.trim().replace(/^\/+|\/+$/g, "")).filter((folder) => folder !== ""))];
	// A folder inside another one (images under posts) is walked once, with its parent.
	const roots = unique.filter((folder) => !unique.some((other) => other !== folder && folder.startsWith(`${other}/`)));
	for (const folder of roots) {
		if (folder.split("/").some((part) => part === ".." || part === "." || part.toLowerCase() === ".git")) continue;
		await walk(disk.path.resolve(root, ...folder.split("/")), folder);
	}
	return found;
}
