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
 * site's baseurl in front, non-ASCII characters percent-encoded as Jekyll writes them. Only the
 * placeholders the pattern names are worked out (`/:categories/:title/` needs no date at all).
 */
export function postUrl(site: SiteConfig, input: PermalinkInput): string {
	let dateParts: string[] | null = null;
	// A day without a time is read in the site's zone: it stays that day wherever the site builds.
	const date = (): string[] => (dateParts ??= input.date.dateOnly ? input.date.day.split("-") : Object.values(datePartsInZone(input.date.instant, site.timezone)));
	let lowerCategories: string[] | null = null;
	const categories = (): string[] => (lowerCategories ??= [...new Set(input.categories.map((category) => category.toLowerCase()))]);
	const value = (name: string): string | undefined => {
		switch (name) {
			case "year":
				return date()[0];
			case "month":
				return date()[1];
			case "day":
				return date()[2];
			case "i_month":
				return String(Number(date()[1]));
			case "i_day":
				return String(Number(date()[2]));
			case "short_year":
				return date()[0].slice(2);
			case "title":
				return prettySlug(input.slug);
			case "slug":
			case "name":
				return input.slug;
			case "categories":
				return categories().join("/");
			case "slugified_categories":
				return categories()
					.map((category) => prettySlug(category).toLowerCase())
					.join("/");
			case "output_ext":
				return ".html";
			case "path":
				return input.path;
			default:
				return undefined;
		}
	};
	const path = site.permalink.replace(/:([a-z_]+)/g, (whole: string, name: string) => value(name) ?? whole);
	return encodeURI(`${site.baseurl}${sanitizeUrl(path)}`);
}

/**
 * Jekyll's `URL#sanitize_url`: `..` becomes `/`, `./` goes, slashes are squeezed. A category such
 * as `../..` therefore never climbs out of the site in the URL Jekyll serves — nor in ours.
 */
export function sanitizeUrl(path: string): string {
	return `/${path}`.split("..").join("/").split("./").join("").replace(/\/{2,}/g, "/");
}
