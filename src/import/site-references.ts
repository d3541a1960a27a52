/**
 * What a link or image destination in a post points at on the site, whichever way the author
 * wrote it: `{% post_url name %}`, `{% link _posts/x.md %}`, `{{ site.baseurl }}/path`,
 * `{{ "/path" | relative_url }}`, the site's own `https://…` address, or a plain `/path`.
 */
export type SiteReference =
	| { kind: "post-name"; name: string; anchor: string }
	| { kind: "site-file"; path: string; anchor: string }
	| { kind: "address"; address: string; anchor: string }
	| { kind: "anchor"; anchor: string };

const LIQUID_BASEURL = /^\{\{-?\s*site\.baseurl\s*-?\}\}/;
const LIQUID_URL = /^\{\{-?\s*site\.url\s*-?\}\}/;
const POST_URL = /^\{%-?\s*post_url\s+(\S+?)\s*-?%\}/;
const LINK_TAG = /^\{%-?\s*link\s+(\S+?)\s*-?%\}/;
const URL_FILTER = /^\{\{-?\s*(["'])(\/?[^"']*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/;

/** What may follow a Liquid address: nothing, or `#anchor`. */
function splitAnchor(rest: string): { anchor: string } | null {
	if (rest === "") return { anchor: "" };
	return rest.startsWith("#") ? { anchor: decodeAnchor(rest.slice(1)) } : null;
}

function decodeAnchor(anchor: string): string {
	try {
		return decodeURIComponent(anchor);
	} catch {
		return anchor;
	}
}

/** The scheme and host of the site's `url` in `_config.yml`, for absolute links to itself. */
export function siteOrigin(configUrl: string | null): string | null {
	if (!configUrl) return null;
	try {
		const url = new URL(configUrl);
		return `${url.protocol}//${url.host}`;
	} catch {
		return null;
	}
}

/** Reads a destination (no `"title"` part); null when it points outside the site or is not understood. */
export function readSiteReference(destination: string, origin: string | null): SiteReference | null {
	let rest = destination.trim();
	if (rest.startsWith("<") && rest.endsWith(">")) rest = rest.slice(1, -1);
	if (rest.startsWith("#")) return rest.length > 1 ? { kind: "anchor", anchor: decodeAnchor(rest.slice(1)) } : null;
	const liquidUrl = LIQUID_URL.exec(rest);
	if (liquidUrl) rest = rest.slice(liquidUrl[0].length);
	const baseurl = LIQUID_BASEURL.exec(rest);
	if (baseurl) rest = rest.slice(baseurl[0].length);
	const postUrl = POST_URL.exec(rest);
	if (postUrl) {
		const tail = splitAnchor(rest.slice(postUrl[0].length));
		return tail ? { kind: "post-name", name: postUrl[1], anchor: tail.anchor } : null;
	}
	const link = LINK_TAG.exec(rest);
	if (link) {
		const tail = splitAnchor(rest.slice(link[0].length));
		return tail ? { kind: "site-file", path: link[1].replace(/^\/+/, ""), anchor: tail.anchor } : null;
	}
	const filter = URL_FILTER.exec(rest);
	if (filter) {
		if (liquidUrl || baseurl) return null;
		const tail = splitAnchor(rest.slice(filter[0].length));
		return tail ? { kind: "address", address: filter[2].startsWith("/") ? filter[2] : `/${filter[2]}`, anchor: tail.anchor } : null;
	}
	if (/^\{[{%]/.test(rest)) return null;
	if (origin && rest.startsWith(`${origin}/`)) rest = rest.slice(origin.length);
	else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(rest)) return null;
	// After `{{ site.baseurl }}` the address has no baseurl of its own.
	if (!rest.startsWith("/")) return null;
	const hash = rest.indexOf("#");
	return { kind: "address", address: hash === -1 ? rest : rest.slice(0, hash), anchor: hash === -1 ? "" : decodeAnchor(rest.slice(hash + 1)) };
}
