import { FrontMatterError, parseNote, type FrontMatter } from "../core/front-matter";
import { blockHeading } from "../publish/convert/note-sections";
import { scanBlocks } from "../publish/convert/scanner";
import { createHeadingIdGenerator } from "../publish/site/heading-ids";
import { postUrl } from "../publish/site/permalink";
import { dateFromNoteName, parsePostDate, type PostDate } from "../publish/site/post-date";
import type { SiteConfig } from "../publish/site/site-config";

/** One post of the blog, as Jekyll sees it, with what the importer needs to link to it. */
export interface BlogPost {
	/** Site path, e.g. `_posts/java/2021-08-10-day7.md`. */
	path: string;
	/** The folders between `_posts/` and the file (`java/`), kept in the vault. */
	subfolder: string;
	/** The file name without extension: what `post_url` takes and what the note is named. */
	name: string;
	/** `post_url`'s argument: the path under `_posts/` without extension. */
	postUrlName: string;
	text: string;
	frontMatter: FrontMatter;
	body: string;
	/** The raw front-matter block, fences included. */
	rawFrontMatter: string;
	date: PostDate;
	title: string;
	/** Where Jekyll serves it (baseurl included, percent-encoded as Jekyll writes it). */
	url: string;
	/** Heading id → heading text, as the site's kramdown generates them. */
	headingIds: Map<string, string>;
}

export interface SkippedPost {
	path: string;
	reason: "no-front-matter" | "broken-front-matter" | "no-date";
	detail?: string;
}

const POST_FILE = /^_posts\/(.*\/)?(\d{4}-\d{2}-\d{2}-[^/]+)\.(md|markdown)$/i;

/** Jekyll's reading of `categories`: a list as it is, a string split on spaces. */
function jekyllCategories(frontMatter: FrontMatter): string[] {
	const read = (value: unknown): string[] =>
		Array.isArray(value) ? value.map((item) => String(item)) : typeof value === "string" || typeof value === "number" ? String(value).split(/\s+/) : [];
	return [...read(frontMatter.categories), ...read(frontMatter.category)].map((item) => item.trim()).filter((item) => item !== "");
}

function headingIdsOf(body: string, gfm: boolean): Map<string, string> {
	const generator = createHeadingIdGenerator(gfm);
	const ids = new Map<string, string>();
	for (const block of scanBlocks(body)) {
		if (block.kind !== "heading") continue;
		const text = blockHeading(block).text;
		ids.set(generator.next(text), text);
	}
	return ids;
}

/** Is this site path a post Jekyll publishes (a dated markdown file under `_posts/`)? */
export function isPostPath(path: string): boolean {
	return POST_FILE.test(path);
}

/** Reads one post file into what the importer needs; a file Jekyll would not publish is skipped. */
export function readBlogPost(path: string, text: string, site: SiteConfig): BlogPost | SkippedPost {
	const match = POST_FILE.exec(path);
	if (!match) return { path, reason: "no-date" };
	const subfolder = match[1] ?? "";
	const name = match[2];
	let parsed;
	try {
		parsed = parseNote(path, text);
	} catch (error) {
		return { path, reason: "broken-front-matter", detail: error instanceof FrontMatterError ? error.reason : String(error) };
	}
	// Without front matter Jekyll copies the file as it is: it is not a post.
	if (parsed.frontMatter === null) return { path, reason: "no-front-matter" };
	const frontMatter = parsed.frontMatter;
	const fromName = dateFromNoteName(name);
	const written = frontMatter.date;
	const date = (typeof written === "string" ? parsePostDate(written) : null) ?? fromName?.date;
	if (!date || !fromName) return { path, reason: "no-date" };
	const slug = fromName.rest.replace(/^-/, "");
	const postUrlName = `${subfolder}${name}`;
	const ownPermalink = typeof frontMatter.permalink === "string" ? frontMatter.permalink.trim() : "";
	const url = ownPermalink
		? encodeURI(`${site.baseurl}${ownPermalink.startsWith("/") ? "" : "/"}${ownPermalink}`)
		: postUrl(site, { date, slug, categories: jekyllCategories(frontMatter), path: postUrlName });
	const title = typeof frontMatter.title === "string" && frontMatter.title.trim() !== "" ? frontMatter.title : slug;
	return {
		path,
		subfolder,
		name,
		postUrlName,
		text,
		frontMatter,
		body: parsed.body,
		rawFrontMatter: parsed.rawBlock,
		date,
		title,
		url,
		headingIds: headingIdsOf(parsed.body, site.kramdownGfm),
	};
}

/** URL lookups: a site address (with or without baseurl, trailing slash or `index.html`) → post. */
export class BlogCatalogue {
	private readonly byUrl = new Map<string, BlogPost>();
	private readonly byPostUrlName = new Map<string, BlogPost>();
	private readonly byPath = new Map<string, BlogPost>();

	constructor(
		readonly posts: readonly BlogPost[],
		private readonly site: SiteConfig,
	) {
		for (const post of posts) {
			this.byUrl.set(urlKey(post.url), post);
			this.byPostUrlName.set(post.postUrlName, post);
			this.byPath.set(post.path, post);
		}
	}

	byName(postUrlName: string): BlogPost | undefined {
		return this.byPostUrlName.get(postUrlName.trim());
	}

	bySitePath(path: string): BlogPost | undefined {
		return this.byPath.get(path.replace(/^\/+/, ""));
	}

	/** A site-absolute path (`/2021/08/10/day7/`), with or without the baseurl in front. */
	bySiteAddress(address: string): BlogPost | undefined {
		const withBase = address.startsWith(`${this.site.baseurl}/`) || this.site.baseurl === "" ? address : `${this.site.baseurl}${address}`;
		return this.byUrl.get(urlKey(withBase)) ?? this.byUrl.get(urlKey(address));
	}
}

function urlKey(url: string): string {
	let decoded = url;
	try {
		decoded = decodeURI(url);
	} catch {
		// a stray % sign: compare as written
	}
	return decoded.replace(/index\.html$/, "").replace(/\.html$/, "").replace(/\/+$/, "").normalize("NFC");
}
