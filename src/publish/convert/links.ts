import { headingKeysOf, useAsset, warn, type ConvertScope } from "./convert-context";
import { noteName } from "./link-index";
import { ownOutput, ownTag } from "./liquid";
import { findBlockId, looseHeadingKey } from "./note-sections";

const LABEL_MARK = "\uFDD6";
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
export const ANCHOR_OPEN = "\uFDD4";
const ANCHOR_PLACEHOLDER_CLOSE = "\uFDD5";
export const ANCHOR_PLACEHOLDER = /\uFDD4(\d+)\uFDD5/g;

export interface WikiParts {
	path: string;
	subpath: string;
	display: string | null;
}

/** `Note#Heading|alias` (inside a table the author writes `\|`). */
export function parseWikiInner(inner: string, inTable: boolean): WikiParts {
	const separator = inTable && inner.includes("\\|") ? "\\|" : "|";
	const at = inner.indexOf(separator);
	const target = at === -1 ? inner : inner.slice(0, at);
	const display = at === -1 ? null : inner.slice(at + separator.length);
	const hash = target.indexOf("#");
	return {
		path: (hash === -1 ? target : target.slice(0, hash)).trim(),
		subpath: hash === -1 ? "" : target.slice(hash + 1).trim(),
		// `[[Note|]]` shows the note's name in Obsidian, as if there were no alias.
		display: display === null || display.trim() === "" ? null : display.trim(),
	};
}

/** Link text that cannot end the link early or split a table cell. */
export function escapeLinkText(text: string, inTable: boolean): string {
	if (!text.includes("[") && !text.includes("]") && !(inTable && text.includes("|"))) return text;
	const escaped = text.replace(/([[\]])/g, "\\$1");
	return inTable ? escaped.replace(/\\?\|/g, "\\|") : escaped;
}

function lastHeadingPart(subpath: string): string {
	if (!subpath.includes("#")) return subpath.trim();
	const parts = subpath.split("#").filter((part) => part.trim() !== "");
	return (parts[parts.length - 1] ?? "").trim();
}

/** What Obsidian shows for a link without alias: `Note`, `Note > Heading`. */
export function defaultDisplay(parts: WikiParts): string {
	const name = parts.path === "" ? "" : noteName(parts.path);
	const heading = lastHeadingPart(parts.subpath).replace(/^\^/, "");
	if (!heading) return name;
	return name ? `${name} > ${heading}` : heading;
}

/** The Liquid that gives a post's URL; fails the build loudly if the post is missing. */
export function postUrlLiquid(scope: ConvertScope, target: string): string {
	const identity = scope.vault.identities.get(target);
	if (!identity) return "";
	const tag = ownTag(`post_url ${identity.postUrlName}`);
	// Jekyll 3 (classic GitHub Pages) does not add baseurl itself; Jekyll 4 does, and must not get it twice.
	return scope.vault.site.builder === "github-pages-classic" ? `${ownOutput("site.baseurl")}${tag}` : tag;
}

/** `#id` for a heading or block of `target`; "" (with a warning) when it does not exist. */
function anchorFor(scope: ConvertScope, target: string, subpath: string): string {
	const part = lastHeadingPart(subpath);
	if (part === "") return "";
	if (part.startsWith("^")) {
		const id = part.slice(1);
		if (!blockIds(scope, target).has(id)) {
			warn(scope.post, "missing-block", { target: noteName(target), block: id });
			return "";
		}
		return `#${id}`;
	}
	if (!headingKeysOf(scope.vault, target).has(looseHeadingKey(part))) {
		warn(scope.post, "missing-heading", { target: noteName(target), heading: part });
		return "";
	}
	const requests = scope.vault.anchorRequests;
	requests.push({ target, heading: part, reporter: scope.post.host });
	return `${ANCHOR_OPEN}${requests.length - 1}${ANCHOR_PLACEHOLDER_CLOSE}`;
}


/** The `^id`s a note defines, read once per note: only the lines holding a `^` are looked at. */
function blockIds(scope: ConvertScope, target: string): Set<string> {
	const cached = scope.vault.blockIds.get(target);
	if (cached) return cached;
	const body = scope.vault.records.get(target)?.body ?? "";
	const ids = new Set<string>();
	for (let caret = body.indexOf("^"); caret !== -1; ) {
		const start = body.lastIndexOf("\n", caret) + 1;
		const newline = body.indexOf("\n", caret);
		const end = newline === -1 ? body.length : newline;
		const found = findBlockId(body.slice(start, end > start && body[end - 1] === "\r" ? end - 1 : end));
		if (found) ids.add(found.id);
		caret = newline === -1 ? -1 : body.indexOf("^", newline);
	}
	scope.vault.blockIds.set(target, ids);
	return ids;
}

/** The text that replaces a link to a note that is not published or does not exist. */
function unresolved(scope: ConvertScope, display: string, target: string, exists: boolean): string {
	if (!exists) warn(scope.post, "missing-link", { target });
	else if (scope.vault.settings.unpublishedLinks === "text-with-warning") warn(scope.post, "unpublished-link", { target: noteName(target) });
	return display;
}

/** Markdown for a link to an attachment (the file is copied to the site's assets). */
export function attachmentLink(scope: ConvertScope, attachment: string, display: string, inTable: boolean): string {
	const site = useAsset(scope, attachment);
	return `[${escapeLinkText(display, inTable)}](${assetUrl(site)})`;
}

/** `{{ "/assets/img/a.png" | relative_url }}`: the site's baseurl in front, on Jekyll 3 and 4. */
export function assetUrl(sitePath: string): string {
	return ownOutput(`"/${sitePath}" | relative_url`);
}

/** Resolves a link to a note (or attachment) and writes it as markdown. */
export function renderNoteLink(scope: ConvertScope, path: string, subpath: string, display: string, inTable: boolean): string {
	const text = escapeLinkText(display, inTable);
	if (path === "") {
		if (!scope.own) return renderNoteLink(scope, scope.sourcePath, subpath, display, inTable);
		const anchor = anchorFor(scope, scope.sourcePath, subpath);
		return anchor ? `[${text}](${anchor})` : display;
	}
	const resolved = scope.vault.index.resolve(path, scope.sourcePath);
	if (!resolved) return unresolved(scope, display, path, false);
	if (resolved.kind === "attachment") return attachmentLink(scope, resolved.path, display, inTable);
	if (!scope.vault.identities.has(resolved.path)) return unresolved(scope, display, resolved.path, true);
	if (isHiddenFuturePost(scope, resolved.path)) return display;
	const sameNote = resolved.path === scope.post.host && scope.own;
	const anchor = anchorFor(scope, resolved.path, subpath);
	if (sameNote && anchor) return `[${text}](${anchor})`;
	return `[${text}](${postUrlLiquid(scope, resolved.path)}${anchor})`;
}

export function renderWikiLink(scope: ConvertScope, inner: string, inTable: boolean): string {
	const parts = parseWikiInner(inner, inTable);
	const display = parts.display ?? defaultDisplay(parts);
	const url = `${parts.path}${parts.subpath ? `#${parts.subpath}` : ""}`;
	if (SCHEME.test(parts.path)) return `[${escapeLinkText(display, inTable)}](${url.replace(/ /g, "%20")})`;
	return renderNoteLink(scope, parts.path, parts.subpath, display, inTable);
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Splits a markdown link destination into the address and an optional `"title"`. */
export function splitDestination(destination: string): { address: string; title: string } {
	const trimmed = destination.trim();
	if (trimmed.startsWith("<")) {
		const close = trimmed.indexOf(">");
		return { address: trimmed.slice(1, close), title: trimmed.slice(close + 1) };
	}
	const space = trimmed.search(/\s/);
	return space === -1 ? { address: trimmed, title: "" } : { address: trimmed.slice(0, space), title: trimmed.slice(space) };
}

/** `[text](Note.md)`, `[text](My%20Note.md#Heading)`: vault links become post links; others stay. */
export function renderMarkdownLink(scope: ConvertScope, text: string, destination: string, inTable: boolean): string | null {
	const { address } = splitDestination(destination);
	if (address === "" || SCHEME.test(address) || address.startsWith("//")) return null;
	const hash = address.indexOf("#");
	const path = decode(hash === -1 ? address : address.slice(0, hash));
	const subpath = hash === -1 ? "" : decode(address.slice(hash + 1));
	if (path !== "" && !scope.vault.index.resolve(path, scope.sourcePath) && !/\.md$/i.test(path)) return null;
	// `[x](#fn:1)`, `[x](#custom-id)`: an anchor that names no heading is the author's own; it stays.
	if (path === "" && !subpath.startsWith("^") && !headingKeysOf(scope.vault, scope.sourcePath).has(looseHeadingKey(lastHeadingPart(subpath)))) return null;
	// The label is already converted markdown: it goes in as it is, not escaped again.
	return renderNoteLink(scope, path, subpath, LABEL_MARK, inTable).split(LABEL_MARK).join(text);
}

/**
 * A post dated in the future is not on the site until that date: a link to it (from another post)
 * stays its text, with a warning, so the build never fails on it.
 */
export function isHiddenFuturePost(scope: ConvertScope, target: string): boolean {
	const date = scope.vault.futurePosts.get(target);
	if (date === undefined || target === scope.post.host) return false;
	warn(scope.post, "future-link", { target: noteName(target), date });
	return true;
}
