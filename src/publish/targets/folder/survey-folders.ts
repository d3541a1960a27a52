import { errorCode, type SiteDisk } from "../site-disk";
import { LEGACY_TEMPORARY } from "./staging-area";

/** What one survey saw: enough to know, later in the run, that nothing is at a path. */
export interface SurveyedFolders {
	/** Every file (anything not a folder) under the surveyed folders, as site paths. */
	files: Set<string>;
	/** Every folder seen under them. */
	folders: Set<string>;
	/** The surveyed folders themselves (a missing one lists nothing, and nothing is under it). */
	roots: string[];
}

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
): Promise<SurveyedFolders> {
	const found: SurveyedFolders = { files: new Set(), folders: new Set(), roots: [] };
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
			if (entry.isDirectory()) {
				found.folders.add(child);
				await walk(childAbsolute, child);
			} else if (LEGACY_TEMPORARY.test(entry.name)) await disk.fs.unlink(childAbsolute).catch(() => undefined);
			else found.files.add(child);
		}
	};
	const unique = [...new Set(folders.map((folder) => folder.trim().replace(/^\/+|\/+$/g, "")).filter((folder) => folder !== ""))];
	// A folder inside another one (images under posts) is walked once, with its parent.
	const roots = unique.filter((folder) => !unique.some((other) => other !== folder && folder.startsWith(`${other}/`)));
	for (const folder of roots) {
		if (folder.split("/").some((part) => part === ".." || part === "." || part.toLowerCase() === ".git")) continue;
		found.roots.push(folder);
		await walk(disk.path.resolve(root, ...folder.split("/")), folder);
	}
	return found;
}

/**
 * True when the survey proves nothing is at `path`: it lies under a surveyed folder, and neither a
 * file nor a folder was listed there. The site's lock is held, so no other publish put one there
 * since; the write then needs no look at the path first.
 */
export function surveyedAbsent(survey: SurveyedFolders, path: string): boolean {
	return survey.roots.some((root) => path.startsWith(`${root}/`)) && !survey.files.has(path) && !survey.folders.has(path);
}
