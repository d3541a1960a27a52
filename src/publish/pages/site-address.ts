/**
 * The address of a post once online: the site's address from the Pages API plus the post's URL.
 * The post's URL already holds the site's `baseurl`; a project site whose `_config.yml` has no
 * baseurl is still served below /<repository>/, so that path is added unless it is already there.
 */
export function livePostUrl(siteUrl: string, postUrl: string): string {
	let site: URL;
	try {
		site = new URL(siteUrl);
	} catch {
		return postUrl;
	}
	if (/^https?:\/\//i.test(postUrl)) return postUrl;
	const base = site.pathname.replace(/\/+$/, "");
	const path = postUrl.startsWith("/") ? postUrl : `/${postUrl}`;
	const inside = base === "" || path === base || path.startsWith(`${base}/`);
	return `${site.origin}${inside ? path : `${base}${path}`}`;
}

/** The repository's web page from the address of one of its commits (…/owner/name/commit/<sha>). */
export function repositoryWebUrl(commitUrl: string | undefined): string | null {
	const match = commitUrl ? /^(https?:\/\/.+?)\/commit\/[0-9a-f]+$/i.exec(commitUrl) : null;
	return match ? match[1] : null;
}

/**
 * The address as a reader writes it, for the text of a link: a Hangul post name shows as Hangul,
 * not as %ED%95%99…. The link itself keeps the encoded address; a malformed escape is left as is.
 */
export function readableUrl(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}
