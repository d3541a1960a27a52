/**
 * Which of the site's own pages may already serve a URL. A note's own `permalink` can name any
 * address (`/`, `/about/`); Jekyll then writes two files to one place and one of them is lost
 * ("Conflict: _site/index.html is written by several files"). The pages that usually hold such an
 * address sit where the URL points (`index.html`, `about.md`, `about/index.md`); a page elsewhere
 * that sets the same permalink is not looked for.
 */
import type { SiteConfig } from "./site-config";

const PAGE_EXTENSIONS = ["html", "md", "markdown"];

/** Site paths of the page files that would serve `url` (baseurl included, percent-encoded). */
export function pageFilesFor(url: string, site: SiteConfig): string[] {
	let path = url.startsWith(site.baseurl) ? url.slice(site.baseurl.length) : url;
	try {
		path = decodeURI(path);
	} catch {
		return [];
	}
	path = path.replace(/^\/+/, "");
	if (path.split("/").some((part) => part === ".." || part.startsWith("_") || part.startsWith("."))) return [];
	if (path === "" || path.endsWith("/")) {
		const folder = path.replace(/\/$/, "");
		const inside = PAGE_EXTENSIONS.map((ext) => `${path}index.${ext}`);
		return folder === "" ? inside : [...inside, ...PAGE_EXTENSIONS.map((ext) => `${folder}.${ext}`)];
	}
	const stem = path.replace(/\.html$/, "");
	return [...new Set([path, ...PAGE_EXTENSIONS.map((ext) => `${stem}.${ext}`)])];
}

/** The URL a page file is served at: its front matter `permalink`, else where its path puts it. */
export function pageUrl(file: string, text: string, site: SiteConfig): string {
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
	const permalink = /^permalink:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/m.exec(frontMatter)?.[1];
	let path: string;
	if (permalink) path = permalink.startsWith("/") ? permalink : `/${permalink}`;
	else {
		const stem = file.replace(/\.(?:html|md|markdown)$/, "");
		const pretty = site.permalink.endsWith("/");
		if (stem === "index" || stem.endsWith("/index")) path = `/${stem.slice(0, -"index".length)}`;
		else path = pretty ? `/${stem}/` : `/${stem}.html`;
	}
	return encodeURI(`${site.baseurl}${path}`);
}
