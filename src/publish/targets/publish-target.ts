/**
 * Where a publish lands: a local folder (a clone of the blog repository) or a GitHub repository.
 * Paths are relative to the site root, `/`-separated. Both targets apply a change set as one unit.
 */
export interface SiteFile {
	path: string;
	content: string | Uint8Array;
}

export interface PublishChanges {
	/** Every file this vault wants on the site; a target skips the ones already identical. */
	write: SiteFile[];
	/** Files this vault wrote earlier and no longer wants (never anything else). */
	delete: string[];
}

export interface ApplyResult {
	written: string[];
	deleted: string[];
	unchanged: string[];
	/** Web address of the commit, for targets that make one. */
	commitUrl?: string;
}

export interface ApplyProgress {
	(done: number, total: number, phase: "upload" | "write" | "delete" | "commit"): void;
}

export interface PublishTarget {
	readonly kind: "folder" | "github";
	/** A site file as text, e.g. `_config.yml`; null when it does not exist. */
	readText(path: string): Promise<string | null>;
	/**
	 * Every file path of the site, when the target can list them in one go (GitHub: one tree
	 * read); lets a publish look for a few files without a request for each.
	 */
	listPaths?(): Promise<ReadonlySet<string>>;
	apply(changes: PublishChanges, options: { message: string; onProgress?: ApplyProgress }): Promise<ApplyResult>;
}
