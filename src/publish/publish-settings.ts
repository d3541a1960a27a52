export type SlugMode = "unicode" | "ascii";
export type CalloutStyle = "minimal-mistakes" | "chirpy" | "html";
/** `site`: kramdown's `$$`, and literal dollars kept from the site's math when it reads single `$`. */
export type MathMode = "site" | "kramdown" | "keep";
export type UnpublishedLinkStyle = "text" | "text-with-warning";
export type SiteBuilder = "jekyll4" | "github-pages-classic";

export interface PublishSettings {
	/** Folder inside the site for posts (under _posts). */
	postsFolder: string;
	subfolderPerCategory: boolean;
	assetsFolder: string;
	slugMode: SlugMode;
	calloutStyle: CalloutStyle;
	mathMode: MathMode;
	unpublishedLinks: UnpublishedLinkStyle;
	/** Front-matter keys that never leave the vault. */
	privateKeys: string[];
	/** Notes in these folders are published even without `publish: true`. */
	publishedFolders: string[];
	builder: SiteBuilder;
	/** Local clone of the blog repository (folder target, desktop and CLI). */
	siteFolder: string;
	/** The publish button asks before it marks the open note `publish: true`. */
	confirmMarking: boolean;
}

export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = {
	postsFolder: "_posts",
	subfolderPerCategory: false,
	assetsFolder: "assets/img",
	slugMode: "unicode",
	calloutStyle: "minimal-mistakes",
	mathMode: "site",
	unpublishedLinks: "text-with-warning",
	privateKeys: ["publish", "cssclasses", "cssclass"],
	publishedFolders: [],
	builder: "jekyll4",
	siteFolder: "",
	confirmMarking: true,
};
