import yaml from "js-yaml";
import type { PublishSettings, SiteBuilder } from "../publish-settings";
import { detectSiteMath, type SiteMath } from "./site-math";

/** What the target site's `_config.yml` (and the builder setting) decide about published posts. */
export interface SiteConfig {
	/** "" or "/blog" (leading slash, no trailing slash). */
	baseurl: string;
	/** The permalink pattern, built-in styles (`date`, `pretty`, …) expanded. */
	permalink: string;
	/** IANA zone the site builds in; null means the build machine's zone (UTC on GitHub). */
	timezone: string | null;
	/** kramdown `input: GFM` (the default): heading ids keep Hangul; plain kramdown ids are ASCII-only. */
	kramdownGfm: boolean;
	plugins: string[];
	/** jekyll-redirect-from is enabled: `aliases` can become `redirect_from`. */
	redirectFrom: boolean;
	/** minimal-mistakes archive pages (`tag_archive.path`, `category_archive.path`), when set. */
	tagArchivePath: string | null;
	categoryArchivePath: string | null;
	/** Site-wide excerpt separator (Jekyll's default is a blank line). */
	excerptSeparator: string;
	builder: SiteBuilder;
	/** How the site typesets math (from its includes): whether a single `$` is math there. */
	math: SiteMath;
}

// Jekyll's built-in permalink styles (jekyll/utils.rb, Jekyll 3.10 and 4.3 alike).
const PERMALINK_STYLES: Record<string, string> = {
	date: "/:categories/:year/:month/:day/:title:output_ext",
	pretty: "/:categories/:year/:month/:day/:title/",
	ordinal: "/:categories/:year/:y_day/:title:output_ext",
	weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
	none: "/:categories/:title:output_ext",
};

function asRecord(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asString(value: unknown): string | null {
	if (typeof value === "string") return value;
	if (typeof value === "number") return String(value);
	return null;
}

function normaliseBaseurl(raw: string | null): string {
	const trimmed = (raw ?? "").trim().replace(/\/+$/, "");
	if (trimmed === "") return "";
	return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

function readConfig(configYml: string | null): Record<string, unknown> {
	if (configYml === null) return {};
	try {
		return asRecord(yaml.load(configYml, { schema: yaml.CORE_SCHEMA }));
	} catch {
		// A broken _config.yml breaks the site build anyway; publishing falls back to Jekyll's defaults.
		return {};
	}
}

function stringList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(asString).filter((item): item is string => item !== null);
	const single = asString(value);
	return single ? [single] : [];
}

/**
 * Reads the site's `_config.yml` (null when the site has none) the way Jekyll would; `includes`
 * are the texts of the site's files that may configure math (see MATH_INCLUDE_PATHS).
 */
export function parseSiteConfig(configYml: string | null, settings: PublishSettings, includes: readonly string[] = []): SiteConfig {
	const config = readConfig(configYml);
	const rawPermalink = asString(config.permalink) ?? "date";
	const kramdown = asRecord(config.kramdown);
	const input = asString(kramdown.input) ?? "GFM";
	// Jekyll 3 read `gems:`, Jekyll 4 reads `plugins:`; sites moved over the years keep either.
	const plugins = [...stringList(config.plugins), ...stringList(config.gems)];
	const timezone = asString(config.timezone);
	return {
		baseurl: normaliseBaseurl(asString(config.baseurl)),
		permalink: PERMALINK_STYLES[rawPermalink] ?? rawPermalink,
		timezone: timezone && timezone.trim() ? timezone.trim() : null,
		kramdownGfm: input.toLowerCase() === "gfm",
		plugins,
		redirectFrom: plugins.includes("jekyll-redirect-from"),
		tagArchivePath: asString(asRecord(config.tag_archive).path),
		categoryArchivePath: asString(asRecord(config.category_archive).path),
		excerptSeparator: asString(config.excerpt_separator) ?? "\n\n",
		builder: settings.builder,
		math: detectSiteMath(includes, asString(config.theme) ?? asString(config.remote_theme)),
	};
}
