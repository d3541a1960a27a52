import type { RemoteEntry, TreeEntryInput } from "./github-git-api";

/** A file this vault wants on the site, with its git blob id computed locally. */
export interface HashedFile {
	path: string;
	content: string | Uint8Array;
	blobSha: string;
}

export interface TreePlan {
	/** New or changed files. */
	writes: HashedFile[];
	/** Paths to remove: asked for, present remotely, and not written again. */
	deletes: string[];
	unchanged: string[];
}

/**
 * What the next commit must contain, given the remote tree: files whose blob id already matches are
 * left out, and only deletions of paths that exist are kept (GitHub rejects deleting a missing
 * path, and the tree must not touch anything this vault did not ask for).
 */
export function planTreeChanges(files: readonly HashedFile[], deletions: readonly string[], remote: ReadonlyMap<string, RemoteEntry>): TreePlan {
	const writes: HashedFile[] = [];
	const unchanged: string[] = [];
	const written = new Set<string>();
	for (const file of files) {
		written.add(file.path);
		const existing = remote.get(file.path);
		if (existing?.type === "blob" && existing.sha === file.blobSha) unchanged.push(file.path);
		else writes.push(file);
	}
	const deletes = [...new Set(deletions)].filter((path) => !written.has(path) && remote.get(path)?.type === "blob");
	return { writes, deletes, unchanged };
}

export function isEmptyPlan(plan: TreePlan): boolean {
	return plan.writes.length === 0 && plan.deletes.length === 0;
}

/**
 * Tree entries for the plan: text inline (GitHub stores it as UTF-8, one request for them all),
 * binaries by the id of the blob uploaded before, deletions as `sha: null`. An existing file keeps
 * its mode (an executable stays executable).
 */
export function treeEntriesFor(plan: TreePlan, remote: ReadonlyMap<string, RemoteEntry>): TreeEntryInput[] {
	const modeOf = (path: string) => {
		const mode = remote.get(path)?.mode;
		return mode === "100755" ? mode : "100644";
	};
	const entries: TreeEntryInput[] = plan.writes.map((file) =>
		typeof file.content === "string"
			? { path: file.path, mode: modeOf(file.path), type: "blob", content: file.content }
			: { path: file.path, mode: modeOf(file.path), type: "blob", sha: file.blobSha },
	);
	for (const path of plan.deletes) entries.push({ path, mode: modeOf(path), type: "blob", sha: null });
	return entries;
}

/**
 * Site paths come from note names and front matter: refuse anything that could escape the site or
 * reach git's own files, whatever the converter let through.
 */
export function unsafeSitePath(path: string): boolean {
	if (path === "" || path.startsWith("/") || path.endsWith("/") || path.includes("\\") || path.includes("\0")) return true;
	return path.split("/").some((segment) => segment === "" || segment === "." || segment === ".." || segment.toLowerCase() === ".git");
}

/**
 * Splits tree entries into requests of bounded size: a first publish of a large vault would
 * otherwise send one request body of many megabytes. Each part is applied on the tree the
 * previous part made, so the commit still holds everything at once.
 */
export function chunkTreeEntries(entries: readonly TreeEntryInput[], maxChars: number): TreeEntryInput[][] {
	const chunks: TreeEntryInput[][] = [];
	let current: TreeEntryInput[] = [];
	let size = 0;
	for (const entry of entries) {
		const entrySize = entry.path.length + ("content" in entry ? entry.content.length : 60);
		if (current.length > 0 && size + entrySize > maxChars) {
			chunks.push(current);
			current = [];
			size = 0;
		}
		current.push(entry);
		size += entrySize;
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}
