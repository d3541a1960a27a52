/** A setup problem found before anything is read or written; `code` names a `publish.error.*` text. */
export class PublishSetupError extends Error {
	constructor(readonly code: "noSiteFolder" | "desktopOnly" | "siteFolderNotAbsolute") {
		super(code);
		this.name = "PublishSetupError";
	}
}
