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
function optionalFields(entry: ManifestEntry): Pick<ManifestEntry, "url" | "sourceMtime" | "importedNote"> {
	const fields: Pick<ManifestEntry, "url" | "sourceMtime" | "importedNote"> = {};
	if (typeof entry.url === "string") fields.url = entry.url;
	if (typeof entry.sourceMtime === "number" && Number.isFinite(entry.sourceMtime)) fields.sourceMtime = entry.sourceMtime;
	if (typeof entry.importedNote === "string") fields.importedNote = entry.importedNote;
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
