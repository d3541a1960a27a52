/** A setup problem found before anything is read or written; `code` names a `publish.error.*` text. */
export class PublishSetupError extends Error {
	constructor(readonly code: "noSiteFolder" | "desktopOnly" | "siteFolderNotAbsolute") {
		super(code);
		this.name = "PublishSetupError";
	}
}

/** The site changed but the record of what was written could not be saved afterwards. */
export class RecordNotSavedError extends Error {
	constructor(readonly reason: unknown) {
		super(reason instanceof Error ? reason.message : String(reason));
		this.name = "RecordNotSavedError";
	}
}

/**
 * An empty repository got its first commit (one file, through the contents API), then the rest of
 * the publish failed: the repository has changed, so "nothing was changed" would be untrue.
 */
export class InitialCommitOnlyError extends Error {
	constructor(
		readonly path: string,
		readonly reason: unknown,
	) {
		super(reason instanceof Error ? reason.message : String(reason));
		this.name = "InitialCommitOnlyError";
	}
}
