/**
 * The last word before anything on the site changes: a file is replaced or deleted only when the
 * record says we wrote it *and* the site still holds what we wrote (same git blob id). Pure, so the
 * folder and GitHub targets, the dry run and the real run all follow the same rules.
 */

/** Why a file the plan wanted to change is left alone. */
export type KeptReason =
	/** We wrote it, but its content changed since: a hand edit that `--force` may overwrite. */
	| "edited-outside"
	/** A file we never wrote sits there: never replaced, even with `--force`. */
	| "not-ours"
	/** The record names a path outside the posts and images folders: never touched. */
	| "outside-folders";

export interface KeptFile {
	path: string;
	reason: KeptReason;
	/** What the plan wanted to do with it. */
	action: "write" | "delete";
}

export interface GuardInput {
	/** Files the plan wants on the site, with the blob id of their new content. */
	writes: ReadonlyArray<{ path: string; blob: string }>;
	deletes: readonly string[];
	/** Every path the record says we wrote. */
	recorded: ReadonlySet<string>;
	/** Blob id of what we wrote at a path (absent in records older than blob ids: trusted as before). */
	recordedBlobs: Readonly<Record<string, string>>;
	/** Paths that exist on the site now. */
	existing: ReadonlySet<string>;
	/** Blob id of each existing path the guard needs (recorded ones at least). */
	siteBlobs: ReadonlyMap<string, string>;
	/** Site folders we may change files in (posts, images). */
	folders: readonly string[];
	/** Overwrite or delete our own files even when they were edited outside. */
	force: boolean;
}

export interface GuardResult {
	write: Set<string>;
	unchanged: Set<string>;
	/** Written over our own earlier file whose content had been edited since (only with force). */
	overwritten: Set<string>;
	delete: string[];
	kept: KeptFile[];
}

export function normaliseFolder(folder: string): string {
	return folder.trim().replace(/^\/+|\/+$/g, "");
}

export function isInSiteFolders(path: string, folders: readonly string[]): boolean {
	return folders.some((raw) => {
		const folder = normaliseFolder(raw);
		return folder !== "" && path.startsWith(`${folder}/`);
	});
}

/** Whether the site still holds what we wrote at a recorded path. */
function ours(path: string, input: GuardInput): "yes" | "edited" {
	const recorded = input.recordedBlobs[path];
	if (recorded === undefined) return "yes";
	return input.siteBlobs.get(path) === recorded ? "yes" : "edited";
}

export function guardChanges(input: GuardInput): GuardResult {
	const result: GuardResult = { write: new Set(), unchanged: new Set(), overwritten: new Set(), delete: [], kept: [] };
	const writing = new Set<string>();
	for (const { path, blob } of input.writes) {
		writing.add(path);
		if (!input.existing.has(path)) {
			result.write.add(path);
		} else if (input.siteBlobs.get(path) === blob) {
			result.unchanged.add(path);
		} else if (!input.recorded.has(path)) {
			result.kept.push({ path, reason: "not-ours", action: "write" });
		} else if (ours(path, input) === "yes") {
			result.write.add(path);
		} else if (input.force) {
			result.write.add(path);
			result.overwritten.add(path);
		} else {
			result.kept.push({ path, reason: "edited-outside", action: "write" });
		}
	}
	for (const path of input.deletes) {
		if (writing.has(path)) continue;
		if (!isInSiteFolders(path, input.folders)) {
			result.kept.push({ path, reason: "outside-folders", action: "delete" });
		} else if (!input.existing.has(path)) {
			continue; // already gone
		} else if (ours(path, input) === "yes" || input.force) {
			result.delete.push(path);
		} else {
			result.kept.push({ path, reason: "edited-outside", action: "delete" });
		}
	}
	return result;
}
