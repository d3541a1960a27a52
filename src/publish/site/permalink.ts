import { datePartsInZone, type PostDate } from "./post-date";
import type { SiteConfig } from "./site-config";

export interface PermalinkInput {
	date: PostDate;
	/** The post's path under `_posts/` without extension (Jekyll's `:path`). */
	path: string;
	/** The slug part of the post's file name. */
	slug: string;
	categories: string[];
}

/** Jekyll's `slugify(mode: "pretty", cased: true)`, which `:title` uses. */
function prettySlug(text: string): string {
	return text
		.replace(/[^\p{L}\p{N}._~!$&'()+,;=@]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

/**
 * The URL Jekyll gives a post (for the publish report): the permalink pattern filled in, the
 * site's baseurl in front, non-ASCII characters percent-encoded as Jekyll writes them.
 */
export function postUrl(site: SiteConfig, input: PermalinkInput): string {
	// A day without a time is read in the site's zone: it stays that day wherever the site builds.
	const [year, month, day] = input.date.dateOnly ? input.date.day.split("-") : Object.values(datePartsInZone(input.date.instant, site.timezone));
	const categories = [...new Set(input.categories.map((category) => category.toLowerCase()))];
	const values: Record<string, string> = {
		year,
		month,
		day,
		i_month: String(Number(month)),
		i_day: String(Number(day)),
		short_year: year.slice(2),
		title: prettySlug(input.slug),
		slug: input.slug,
		categories: categories.join("/"),
		slugified_categories: categories.map((category) => prettySlug(category).toLowerCase()).join("/"),
		output_ext: ".html",
		path: input.path,
		name: input.slug,
	};
	const path = site.permalink.replace(/:([a-z_]+)/g, (whole: string, name: string) => values[name] ?? whole);
	return encodeURI(`${site.baseurl}${sanitizeUrl(path)}`);
}

/**
 * Jekyll's `URL#sanitize_url`: `..` becomes `/`, `./` goes, slashes are squeezed. A category such
 * as `../..` therefore never climbs out of the site in the URL Jekyll serves — nor in ours.
 */
export function sanitizeUrl(path: string): string {
	return `/${path}`.split("..").join("/").split("./").join("").replace(/\/{2,}/g, "/");
}
