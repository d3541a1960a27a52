/** Which notes the view lists: included folders (all when empty) minus excluded ones. */
export interface FolderScope {
	includedFolders: readonly string[];
	excludedFolders: readonly string[];
}

function cleanFolder(folder: string): string {
	return folder.trim().replace(/^\/+|\/+$/g, "");
}

/** Case-insensitive, as the file systems of macOS and Windows are: `templates` covers `Templates/`. */
function isInside(path: string, folder: string): boolean {
	const clean = cleanFolder(folder).toLowerCase();
	if (clean === "") return false;
	const lower = path.toLowerCase();
	return lower === clean || lower.startsWith(`${clean}/`);
}

export function isInScope(path: string, scope: FolderScope): boolean {
	if (!path.toLowerCase().endsWith(".md")) return false;
	const included = scope.includedFolders.filter((folder) => cleanFolder(folder) !== "");
	if (included.length > 0 && !included.some((folder) => isInside(path, folder))) return false;
	return !scope.excludedFolders.some((folder) => isInside(path, folder));
}

/** isInScope for one scope and many paths (a whole vault read): the folders are cleaned once, not for every path. */
export function scopeTest(scope: FolderScope): (path: string) => boolean {
	const clean = (folders: readonly string[]) => folders.map((folder) => cleanFolder(folder).toLowerCase()).filter((folder) => folder !== "");
	const included = clean(scope.includedFolders);
	const excluded = clean(scope.excludedFolders);
	const inside = (lower: string, folder: string) => lower === folder || lower.startsWith(`${folder}/`);
	return (path) => {
		const lower = path.toLowerCase();
		if (!lower.endsWith(".md")) return false;
		if (included.length > 0 && !included.some((folder) => inside(lower, folder))) return false;
		return !excluded.some((folder) => inside(lower, folder));
	};
}

/** "templates, attachments" → ["templates", "attachments"]. */
export function parseFolderList(text: string): string[] {
	return text
		.split(/[,\n]/)
		.map(cleanFolder)
		.filter((folder) => folder !== "");
}
