import { warn, type ConvertScope } from "./convert-context";
import { imageAddress } from "./imported-form";
import { ownOutput } from "./liquid";
import { escapeLinkText, splitDestination } from "./links";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SIZED_ALT = /^(.*?)\\?\|(\d+)(?:x(\d+))?$/;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** `![alt](a.png)` and Obsidian's `![alt|300](a.png)`: vault images are copied and sized. */
export function renderMarkdownImage(scope: ConvertScope, alt: string, destination: string, inTable: boolean): string | null {
	const { address } = splitDestination(destination);
	if (address === "" || SCHEME.test(address) || address.startsWith("//")) return null;
	const resolved = scope.vault.index.resolve(decode(address), scope.sourcePath);
	if (!resolved || resolved.kind !== "attachment") {
		// A site path (`/assets/…`) may exist on the site already; a vault-relative one that is
		// missing would be a broken image.
		if (address.startsWith("/")) return null;
		warn(scope.post, "missing-attachment", { target: decode(address) });
		return escapeLinkText(alt, inTable);
	}
	const url = imageAddress(scope, resolved.path);
	const sized = SIZED_ALT.exec(alt);
	const text = sized ? sized[1] : alt;
	const size = sized ? [`width="${sized[2]}"`, sized[3] ? `height="${sized[3]}"` : ""].filter(Boolean).join(" ") : "";
	return `![${inTable ? text.replace(/\\?\|/g, "\\|") : text}](${url})${size ? `{: ${size}}` : ""}`;
}

/** Jekyll's `slugify` filter in its default mode (what minimal-mistakes ids tag sections with). */
export function jekyllSlugify(text: string): string {
	return text
		.replace(/[^\p{M}\p{L}\p{Nd}]+/gu, "-")
		.replace(/^-+|-+$/g, "")
		.toLowerCase();
}

/**
 * Inline `#tag`: merged into the post's tags. On a site with a minimal-mistakes tag archive it
 * links to the tag's section there, as the theme's own tag list does; elsewhere it stays text.
 */
export function renderTag(scope: ConvertScope, name: string): string {
	if (scope.own && !scope.post.tags.includes(name)) scope.post.tags.push(name);
	const archive = scope.vault.site.tagArchivePath;
	if (!archive || !scope.own) return `#${name}`;
	const base = `/${archive.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
	return `[#${name}](${ownOutput(`"${base}#${jekyllSlugify(name)}" | relative_url`)})`;
}
