/** Which notes the view lists: included folders (all when empty) minus excluded ones. */
export interface FolderScope {
	includedFolders: readonly string[];
	excludedFolders: readonly string[];
}

function cleanFolder(folder: string): string {
	return folder.trim().replace(/^\/+|\/+$/g, "");
}

/**
 * Whether the view lists the note at `path`, for one scope and any number of paths (a whole vault
 * at a time): the folders are cleaned once. Case-insensitive, as the file systems of macOS and
 * Windows are: `templates` covers `Templates/`.
 */
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

/** scopeTest for a single path. */
export function isInScope(path: string, scope: FolderScope): boolean {
	return scopeTest(scope)(path);
}

/** "templates, attachments" → ["templates", "attachments"]. */
export function parseFolderList(text: string): string[] {
	return text
		.split(/[,\n]/)
		.map(cleanFolder)
		.filter((folder) => folder !== "");
}
