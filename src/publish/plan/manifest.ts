/**
 * What this vault wrote on each site: per note, the post path, its content hash and the assets it
 * uses. It is how a publish knows what it may delete: only files listed here, never anything else.
 */
export interface ManifestEntry {
	/** Site path of the post, e.g. `_posts/2021-08-10-day7.md`. */
	post: string;
	hash: string;
	/** Site paths of the assets this note uses. */
	assets: string[];
	/** The post's address on the site, for "Copy published URL". */
	url?: string;
	/** The note's modification time when it was published: the sidebar shows "changed since". */
	sourceMtime?: number;
	/**
	 * Set when the note was imported from this post: the hash of the note's text as imported. While
	 * the note still hashes to it, the post on the site is the author's own and is left as it is.
	 */
	importedNote?: string;
	/** Set when the note was imported: what of the post's own form its publishes keep. */
	imported?: ImportedOrigin;
}

/**
 * What an imported post was like, so that publishing its note after an edit changes only what the
 * edit changed: the author's front matter, the post's folder, the Liquid that runs on the site and
 * the site files its images are.
 */
export interface ImportedOrigin {
	/** Hash of the note's front-matter block as imported: while it is unchanged, the post keeps the author's block. */
	frontMatter: string;
	/** The post's site path at import (`_posts/java/…`): its subfolder is kept while its name is. */
	post: string;
	/** The post's Liquid (`{{ site.title }}`, `{% include … %}`) as written: it keeps running. */
	liquid: string[];
	/** Attachment vault path → the site file it was copied from, which the post goes on using. */
	assets: Record<string, string>;
	/** Attachment vault path → the address the post wrote for it (`/blog/assets/a.png`), written again. */
	addresses?: Record<string, string>;
}

export interface SiteManifest {
	/** Vault path of the note → what it produced. */
	notes: Record<string, ManifestEntry>;
	/** Assets written by a full publish that no single note could be credited with. */
	sharedAssets: string[];
	/**
	 * The git blob id of every file as we last wrote it: a file is replaced or deleted only while the
	 * site still holds exactly that. Records made before it existed lack it.
	 */
	blobs?: Record<string, string>;
	/**
	 * The site's `_config.yml` as last read, with its blob id: where the site's file list names blob
	 * ids (GitHub's tree), an unchanged config is not read again.
	 */
	siteConfig?: RememberedFile;
}

export interface RememberedFile {
	blob: string;
	text: string;
}

export interface PublishManifest {
	version: 1;
	/** One record per site ("folder:/home/me/blog", "github:me/me.github.io@main"). */
	sites: Record<string, SiteManifest>;
}

export type ManifestProblem = "none" | "invalid";

export function emptySiteManifest(): SiteManifest {
	return { notes: {}, sharedAssets: [] };
}

export function emptyManifest(): PublishManifest {
	return { version: 1, sites: {} };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isEntry(value: unknown): value is ManifestEntry {
	return isObject(value) && typeof value.post === "string" && value.post !== "" && typeof value.hash === "string" && isStringArray(value.assets);
}

/** The optional fields, kept only when they have the right type (older manifests lack them). */
function readOrigin(value: unknown): ImportedOrigin | undefined {
	if (!isObject(value) || typeof value.frontMatter !== "string" || typeof value.post !== "string" || !isStringArray(value.liquid) || !isObject(value.assets)) return undefined;
	const strings = (record: Record<string, unknown>): Record<string, string> => Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
	const origin: ImportedOrigin = { frontMatter: value.frontMatter, post: value.post, liquid: [...value.liquid], assets: strings(value.assets) };
	if (isObject(value.addresses)) origin.addresses = strings(value.addresses);
	return origin;
}

function optionalFields(entry: ManifestEntry): Pick<ManifestEntry, "url" | "sourceMtime" | "importedNote" | "imported"> {
	const fields: Pick<ManifestEntry, "url" | "sourceMtime" | "importedNote" | "imported"> = {};
	if (typeof entry.url === "string") fields.url = entry.url;
	if (typeof entry.sourceMtime === "number" && Number.isFinite(entry.sourceMtime)) fields.sourceMtime = entry.sourceMtime;
	if (typeof entry.importedNote === "string") fields.importedNote = entry.importedNote;
	const origin = readOrigin(entry.imported);
	if (origin) fields.imported = origin;
	return fields;
}

function readSite(value: unknown): SiteManifest | null {
	if (!isObject(value) || !isObject(value.notes) || !isStringArray(value.sharedAssets)) return null;
	const notes: Record<string, ManifestEntry> = {};
	for (const [source, entry] of Object.entries(value.notes)) {
		if (!isEntry(entry)) return null;
		notes[source] = { post: entry.post, hash: entry.hash, assets: [...entry.assets], ...optionalFields(entry) };
	}
	const site: SiteManifest = { notes, sharedAssets: [...value.sharedAssets] };
	if (isObject(value.blobs)) {
		site.blobs = Object.fromEntries(Object.entries(value.blobs).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
	}
	// Only a shortcut: a malformed one is forgotten (the config is read again), never trusted.
	const config = value.siteConfig;
	if (isObject(config) && typeof config.blob === "string" && typeof config.text === "string") site.siteConfig = { blob: config.blob, text: config.text };
	return site;
}

/**
 * Reads what data.json holds. Nothing saved yet is a normal empty manifest; anything malformed is
 * dropped whole (with `invalid`, so the glue can warn): trusting half of it could delete a file we
 * did not write, while forgetting it only leaves stale files behind.
 */
export function readManifest(raw: unknown): { manifest: PublishManifest; problem: ManifestProblem } {
	if (raw === null || raw === undefined) return { manifest: emptyManifest(), problem: "none" };
	if (!isObject(raw) || raw.version !== 1 || !isObject(raw.sites)) return { manifest: emptyManifest(), problem: "invalid" };
	const sites: Record<string, SiteManifest> = {};
	for (const [key, value] of Object.entries(raw.sites)) {
		const site = readSite(value);
		if (!site) return { manifest: emptyManifest(), problem: "invalid" };
		sites[key] = site;
	}
	return { manifest: { version: 1, sites }, problem: "none" };
}

export function siteManifest(manifest: PublishManifest, siteKey: string): SiteManifest {
	return manifest.sites[siteKey] ?? emptySiteManifest();
}

/** A new manifest with one site's record replaced; the input is left as it was. */
export function withSiteManifest(manifest: PublishManifest, siteKey: string, site: SiteManifest): PublishManifest {
	return { version: 1, sites: { ...manifest.sites, [siteKey]: site } };
}

/** Every site path this record says we wrote. */
export function filesOf(site: SiteManifest): Set<string> {
	const files = new Set(site.sharedAssets);
	for (const entry of Object.values(site.notes)) {
		files.add(entry.post);
		entry.assets.forEach((asset) => files.add(asset));
	}
	return files;
}
