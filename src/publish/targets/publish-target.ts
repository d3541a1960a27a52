/**
 * Where a publish lands: a local folder (a clone of the blog repository) or a GitHub repository.
 * Paths are relative to the site root, `/`-separated. Both targets apply a change set as one unit.
 */
export interface SiteFile {
	path: string;
	content: string | Uint8Array;
	/** Its git blob id, when the caller computed it already. */
	blob?: string;
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
	/** Files that could not be written or deleted; the others were. */
	failed?: FileFailure[];
	/** Web address of the commit, for targets that make one. */
	commitUrl?: string;
	/** The commit's id, for following the site's build of it. */
	commitSha?: string;
}

export interface ApplyProgress {
	(done: number, total: number, phase: "upload" | "write" | "delete" | "commit"): void;
}

export interface FileFailure {
	path: string;
	message: string;
}

/** What is on the site now, in the folders a publish may change. */
export interface SiteSurvey {
	/** Every file under the surveyed folders (site paths). */
	existing: ReadonlySet<string>;
	/** The git blob id of a file on the site, null when it is not a file. */
	blobOf(path: string): Promise<string | null>;
	/** Files an interrupted publish put in place before its record was saved: path → blob id it wrote. */
	interrupted: ReadonlyMap<string, string>;
}

/** One publish holding the site: ends once the record of what was written is saved (or not). */
export interface PublishSession {
	finish(recordSaved: boolean): Promise<void>;
}

export interface PublishTarget {
	readonly kind: "folder" | "github";
	/** Starts a publish: takes the site's lock and clears what an interrupted run left. */
	begin(): Promise<PublishSession>;
	/** Lists the files under the given site folders. */
	survey(folders: readonly string[]): Promise<SiteSurvey>;
	/** A site file as text, e.g. `_config.yml`; null when it does not exist. */
	readText(path: string): Promise<string | null>;
	/**
	 * Every file path of the site, when the target can list them in one go (GitHub: one tree
	 * read); lets a publish look for a few files without a request for each.
	 */
	listPaths?(): Promise<ReadonlySet<string>>;
	apply(changes: PublishChanges, options: { message: string; onProgress?: ApplyProgress }): Promise<ApplyResult>;
}
