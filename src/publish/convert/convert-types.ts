import type { ParsedNote } from "../../core/front-matter";
import type { PublishSettings } from "../publish-settings";
import type { ImportedOrigin } from "../plan/manifest";
import type { SiteConfig } from "../site/site-config";
import type { TopicsOnBlog } from "../../team/topic-badges";

/** A markdown note of the vault; `path` is vault-relative. */
export interface VaultNote {
	path: string;
	text: string;
	ctime: number;
	mtime: number;
}

export interface ConvertVaultInput {
	/** All markdown notes of the vault (text already read). */
	notes: VaultNote[];
	/** Vault paths of all non-markdown files. */
	attachments: string[];
	/** Which notes are published (decided by the pipeline). */
	publishedPaths: ReadonlySet<string>;
	/** Notes the pipeline already split into front matter and body (from the same texts); the others are split here. */
	parsed?: ReadonlyMap<string, ParsedNote>;
	/**
	 * Site paths (lowercase NFC) of files on the site that Learning Log did not write: posts and
	 * attachments never take these names, they get the next free one.
	 */
	occupied?: ReadonlySet<string>;
	/** The publish's time (ms since the epoch): posts dated later are hidden by Jekyll until then. */
	now?: number;
	settings: PublishSettings;
	site: SiteConfig;
	/** How a day note's topics block appears on the blog (team settings); a list when absent. */
	topics?: TopicsOnBlog;
	/** URLs the site's own pages have (URL → page file): a note's own permalink must not take one. */
	reservedUrls?: ReadonlyMap<string, string>;
	/** Notes imported from the blog (vault path → the post's form): they publish back into it. */
	imported?: ReadonlyMap<string, ImportedOrigin>;
}

/** A warning about one note; the glue translates `convert.<code>` with `params`. */
export interface ConvertWarning {
	code: string;
	params: Record<string, string | number>;
}

export interface PostOutput {
	/** Vault path of the note. */
	source: string;
	/** Site-relative path of the post, e.g. `_posts/2021-08-10-학습기록.md`. */
	path: string;
	/** Where the built site serves it (baseurl included). */
	url: string;
	/** The URL comes from the note's own `permalink`. */
	ownPermalink?: boolean;
	content: string;
	warnings: ConvertWarning[];
	/** The path this post would have had, were a file Learning Log did not write not there. */
	displacedFrom?: string;
}

/** An attachment a published post uses: vault path → site path (the pipeline copies the bytes). */
export interface AssetOutput {
	source: string;
	path: string;
	/** The path this attachment would have had, were a file Learning Log did not write not there. */
	displacedFrom?: string;
}

export interface NoteError {
	source: string;
	code: string;
	message: string;
}

export interface ConvertVaultResult {
	posts: PostOutput[];
	assets: AssetOutput[];
	errors: NoteError[];
}
