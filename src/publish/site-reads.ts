// What a publish reads of the site beside its own record: the listing of its files, the includes
// that configure its math, and the pages that already serve a URL a note asks for.
import type { PostOutput } from "./convert/convert-types";
import type { PublishSettings } from "./publish-settings";
import type { SiteConfig } from "./site/site-config";
import { MATH_INCLUDE_PATHS } from "./site/site-math";
import { pageFilesFor, pageUrl } from "./site/site-pages";
import type { PublishTarget } from "./targets/publish-target";

/** The site's file paths, listed once and only when needed (null: the target cannot list them). */
export type SitePaths = () => Promise<ReadonlySet<string> | null>;

export function sitePathsOf(target: PublishTarget): SitePaths {
	let listed: Promise<ReadonlySet<string> | null> | undefined;
	return () => (listed ??= target.listPaths ? target.listPaths() : Promise.resolve(null));
}

/** The site files that may configure its math, read only when the Math setting follows the site. */
export async function readMathIncludes(mathMode: PublishSettings["mathMode"], target: PublishTarget, sitePaths: SitePaths): Promise<string[]> {
	if (mathMode !== "site") return [];
	const existing = await sitePaths();
	const paths = MATH_INCLUDE_PATHS.filter((path) => !existing || existing.has(path));
	const texts = await Promise.all(paths.map((path) => target.readText(path).catch(() => null)));
	return texts.filter((text): text is string => text !== null);
}

/** The site's pages that already serve the URL a post's own permalink asks for (URL → page file). */
export async function pagesServing(target: PublishTarget, sitePaths: SitePaths, posts: readonly PostOutput[], site: SiteConfig): Promise<Map<string, string>> {
	const found = new Map<string, string>();
	const own = posts.filter((post) => post.ownPermalink);
	if (own.length === 0) return found;
	const existing = await sitePaths();
	for (const post of own) {
		if (found.has(post.url)) continue;
		for (const file of pageFilesFor(post.url, site)) {
			if (existing && !existing.has(file)) continue;
			const text = await target.readText(file).catch(() => null);
			if (text !== null && pageUrl(file, text, site) === post.url) {
				found.set(post.url, file);
				break;
			}
		}
	}
	return found;
}
