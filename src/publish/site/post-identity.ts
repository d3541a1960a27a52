import type { PublishSettings } from "../publish-settings";
import { postUrl } from "./permalink";
import { dateFromNoteName, parsePostDate, zonedPostDate, type PostDate } from "./post-date";
import type { SiteConfig } from "./site-config";
import { fitNameBytes, shortHash, slugify } from "./slug";

/** Where a published note lands on the site. */
export interface PostIdentity {
	source: string;
	date: PostDate;
	slug: string;
	categories: string[];
	/** Site path, e.g. `_posts/ai/2021-08-10-학습기록.md`. */
	path: string;
	/** The name `post_url` takes: the path under `_posts/` without `.md`. */
	postUrlName: string;
	url: string;
	/** Set when the slug had to change because another note wanted the same one. */
	collidedWith?: string;
	/** The note sets its own `permalink`: the URL is that, not the site's pattern. */
	ownPermalink: boolean;
	/** Set when a file Learning Log did not write sits where this post would go: the path it wanted. */
	displacedFrom?: string;
	/** Set when the note's name was too long for a file name and was cut (with a stable hash). */
	shortenedFrom?: string;
}

export interface IdentityInput {
	path: string;
	name: string;
	frontMatter: Record<string, unknown>;
	ctime: number;
}

export class IdentityError extends Error {
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

/**
 * `tags: a, b`, `[#a, b]`, `a b` → `["a", "b"]`. Tags never hold spaces (in Obsidian nor in
 * Jekyll), so a tag string also splits on them; a category string splits on commas only:
 * `categories: Computer Science` is the one category the author sees in Obsidian.
 */
export function normaliseList(value: unknown, splitOnSpaces = true): string[] {
	const split = (text: string): string[] => (text.includes(",") || !splitOnSpaces ? text.split(",") : text.split(/\s+/));
	const items = Array.isArray(value) ? value : typeof value === "string" ? split(value) : value === null || value === undefined ? [] : [value];
	const result: string[] = [];
	for (const item of items) {
		if (typeof item !== "string" && typeof item !== "number") continue;
		const text = String(item).trim().replace(/^#+/, "").trim();
		if (text !== "" && !result.includes(text)) result.push(text);
	}
	return result;
}

export function postCategories(frontMatter: Record<string, unknown>): string[] {
	return normaliseList([...normaliseList(frontMatter.categories, false), ...normaliseList(frontMatter.category, false)], false);
}

function postDate(input: IdentityInput, site: SiteConfig): PostDate {
	const written = input.frontMatter.date;
	if (written !== undefined && written !== null && written !== "") {
		const parsed = typeof written === "string" ? parsePostDate(written) : null;
		if (!parsed) throw new IdentityError("invalid-date", `The date "${typeof written === "string" ? written : JSON.stringify(written)}" is not a date Jekyll can read.`);
		return parsed;
	}
	// Undated: the file name's date, else the creation time on the site's clock (its `timezone`).
	return dateFromNoteName(input.name)?.date ?? zonedPostDate(new Date(input.ctime), site.timezone);
}

function baseSlug(input: IdentityInput, settings: PublishSettings, site: SiteConfig): string {
	const fromFrontMatter = typeof input.frontMatter.slug === "string" ? slugify(input.frontMatter.slug, settings.slugMode) : "";
	if (fromFrontMatter) return fromFrontMatter;
	// A daily note `2021-08-10.md` must not become `2021-08-10-2021-08-10`: its date is already in
	// the file name, so the slug comes from what follows the date, or from its title.
	const dated = dateFromNoteName(input.name);
	const rest = slugify(dated ? dated.rest : input.name, settings.slugMode);
	if (rest) return rest;
	const title = typeof input.frontMatter.title === "string" ? slugify(input.frontMatter.title, settings.slugMode) : "";
	if (title) return title;
	if (dated) {
		// `log` is enough where the URL holds the date; elsewhere every day needs its own name, or
		// adding an older day would renumber the newer ones.
		const urlHasDay = /:(?:year|short_year)\b/.test(site.permalink) && /:(?:month|i_month)\b/.test(site.permalink) && /:(?:day|i_day)\b/.test(site.permalink);
		return urlHasDay ? "log" : `log-${dated.date.day.replace(/-/g, "")}`;
	}
	return `post-${shortHash(input.path)}`;
}

function postsFolder(settings: PublishSettings): string {
	const folder = settings.postsFolder.trim().replace(/^\/+|\/+$/g, "");
	return folder === "" ? "_posts" : folder;
}

function subfolder(categories: string[], settings: PublishSettings): string {
	if (!settings.subfolderPerCategory || categories.length === 0) return "";
	const slug = fitNameBytes(slugify(categories[0], settings.slugMode)).name;
	return slug ? `${slug}/` : "";
}

/** `java/` of `_posts/java/2021-07-20-intro.md`, when that post still has the name `file`. */
function keptSubfolder(postPath: string | undefined, folder: string, file: string): string | null {
	if (postPath === undefined || !postPath.startsWith(`${folder}/`) || !postPath.endsWith(`/${file}`)) return null;
	return postPath.slice(folder.length + 1, postPath.length - file.length);
}

/** Case- and normalisation-insensitive, as the disks of macOS and Windows compare names. */
export function sitePathKey(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

/**
 * Decides every published note's post path and URL at once, so two notes that want the same
 * name (same file or same URL) get distinct ones: the first in vault-path order keeps it, the
 * others get `-2`, `-3`, … Stable: the same vault gives the same names on every publish.
 */
/** The note's own `permalink:` (Jekyll uses it instead of the site's pattern), if it sets one. */
function ownPermalink(input: IdentityInput): string | null {
	const value = input.frontMatter.permalink;
	return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function urlKey(url: string): string {
	return url.normalize("NFC").toLowerCase();
}

/**
 * `reserved`: URLs the site's own pages already have (URL → the page's file); a note whose own
 * permalink is one of them, or another post's, is held back with an error instead of replacing it.
 */
export function assignPostIdentities(
	inputs: readonly IdentityInput[],
	settings: PublishSettings,
	site: SiteConfig,
	/** Site paths (as `sitePathKey`) of files Learning Log did not write: never replaced, so never chosen. */
	occupied: ReadonlySet<string> = new Set(),
	/** URLs the site's own pages serve (URL → page file): a note's own permalink must not take one. */
	reserved: ReadonlyMap<string, string> = new Map(),
	/** Imported notes → their posts' paths: a post keeps the subfolder its author gave it while its name is the same. */
	importedPaths: ReadonlyMap<string, string> = new Map(),
): { identities: Map<string, PostIdentity>; errors: Map<string, IdentityError> } {
	const identities = new Map<string, PostIdentity>();
	const errors = new Map<string, IdentityError>();
	const taken = new Map<string, string>();
	const folder = postsFolder(settings);
	const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const reservedKeys = new Map([...reserved].map(([url, page]) => [urlKey(url), page]));
	for (const input of sorted) {
		let date: PostDate;
		try {
			date = postDate(input, site);
		} catch (error) {
			errors.set(input.path, error instanceof IdentityError ? error : new IdentityError("invalid-date", String(error)));
			continue;
		}
		const categories = postCategories(input.frontMatter);
		const wanted = baseSlug(input, settings, site);
		const fitted = fitNameBytes(wanted);
		const base = fitted.name;
		const sub = keptSubfolder(importedPaths.get(input.path), folder, `${date.day}-${base}.md`) ?? subfolder(categories, settings);
		const permalink = ownPermalink(input);
		let collidedWith: string | undefined;
		let displacedFrom: string | undefined;
		// A name that is free always exists; the bound only guards against a pattern we misread.
		const attempts = inputs.length + occupied.size + 1;
		for (let attempt = 1; attempt <= attempts; attempt++) {
			const slug = attempt === 1 ? base : `${base}-${attempt}`;
			const path = `${folder}/${sub}${date.day}-${slug}.md`;
			const underPosts = path.includes("_posts/") ? path.slice(path.indexOf("_posts/") + 7) : path;
			const postUrlName = underPosts.replace(/\.md$/, "");
			const url = postUrl(permalink === null ? site : { ...site, permalink }, { date, slug, categories, path: postUrlName });
			const pathKey = sitePathKey(path);
			const urlPathKey = sitePathKey(url);
			if (attempt < attempts && occupied.has(pathKey)) {
				displacedFrom ??= path;
				continue;
			}
			const urlOwner = taken.get(urlPathKey);
			const owner = taken.get(pathKey) ?? urlOwner;
			if (permalink !== null && (reservedKeys.has(urlKey(url)) || urlOwner !== undefined)) {
				// The address is the author's choice: another file name would not help, so it is held back.
				const holder = reservedKeys.get(urlKey(url)) ?? urlOwner ?? "";
				errors.set(input.path, new IdentityError("permalink-taken", `${decodeURI(url)} (${holder})`));
				break;
			}
			if (owner !== undefined && attempt < attempts) {
				collidedWith ??= owner;
				continue;
			}
			taken.set(pathKey, input.path);
			taken.set(urlPathKey, input.path);
			const identity: PostIdentity = { source: input.path, date, slug, categories, path, postUrlName, url, collidedWith, ownPermalink: permalink !== null };
			if (displacedFrom !== undefined) identity.displacedFrom = displacedFrom;
			if (fitted.shortened) identity.shortenedFrom = wanted;
			identities.set(input.path, identity);
			break;
		}
	}
	return { identities, errors };
}
