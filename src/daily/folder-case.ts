import type { StoredFile } from "../core/note-store";

/**
 * A new note's path with each folder spelt as it already exists in the vault: settings that say
 * `daily` must not create a second folder beside `Daily/` (on macOS and Windows the same folder
 * on disk, in Obsidian two).
 */
export function matchFolderCase(path: string, files: readonly Pick<StoredFile, "path">[]): string {
	const existing = new Map<string, string>();
	for (const file of files) {
		const segments = file.path.split("/").slice(0, -1);
		for (let end = 1; end <= segments.length; end++) {
			const folder = segments.slice(0, end).join("/");
			if (!existing.has(folder.toLowerCase())) existing.set(folder.toLowerCase(), folder);
		}
	}
	const segments = path.split("/");
	const name = segments.pop() ?? "";
	let matched = "";
	for (const segment of segments) {
		const candidate = matched ? `${matched}/${segment}` : segment;
		matched = existing.get(candidate.toLowerCase()) ?? candidate;
	}
	return matched ? `${matched}/${name}` : name;
}
