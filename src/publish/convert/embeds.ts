import { blocksOf, useAsset, warn, type ConvertScope } from "./convert-context";
import { noteName } from "./link-index";
import { assetUrl, attachmentLink, defaultDisplay, escapeLinkText, isHiddenFuturePost, parseWikiInner, postUrlLiquid, renderNoteLink } from "./links";
import { extractBlock, extractSection } from "./note-sections";

/** Marks where an embedded note starts and ends; the body converter turns it into blank lines. */
export const EMBED_BREAK = "\uFDD7";
// Embeds inside embeds inside embeds…: a reader is lost long before this, and a chain of thousands
// of notes must not exhaust the stack.
const MAX_EMBED_DEPTH = 10;
const IMAGE = /\.(?:png|jpe?g|gif|webp|svg|bmp|avif|ico)$/i;
const SIZE = /^(?:(.*?)\\?\|)?(\d+)(?:x(\d+))?$/;

/** Converts the markdown of another note (embeds inline it); set up by the body converter. */
export type ConvertEmbedded = (markdown: string, scope: ConvertScope) => string;

function imageMarkdown(scope: ConvertScope, attachment: string, alt: string, width: string | undefined, height: string | undefined, inTable: boolean): string {
	const url = assetUrl(useAsset(scope, attachment));
	const size = [width ? `width="${width}"` : "", height ? `height="${height}"` : ""].filter(Boolean).join(" ");
	return `![${escapeLinkText(alt, inTable)}](${url})${size ? `{: ${size}}` : ""}`;
}

function fileStem(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}

/** `![[a.png|300]]`, `![[Note#Heading]]`, `![[file.pdf]]`. */
export function renderEmbed(scope: ConvertScope, inner: string, inTable: boolean, convertEmbedded: ConvertEmbedded): string {
	const parts = parseWikiInner(inner, inTable);
	const resolved = scope.vault.index.resolve(parts.path, scope.sourcePath);
	if (parts.path === "" || !resolved) {
		warn(scope.post, "missing-embed", { target: parts.path || inner });
		return escapeLinkText(parts.display ?? defaultDisplay(parts), inTable);
	}
	if (resolved.kind === "attachment") {
		if (!IMAGE.test(resolved.path)) return attachmentLink(scope, resolved.path, parts.display ?? fileStem(resolved.path), inTable);
		// `|300`, `|300x200`, `|alt text` or `|alt text|300`.
		const sized = SIZE.exec(parts.display ?? "");
		const width = sized?.[2];
		const alt = sized ? sized[1] || fileStem(resolved.path) : parts.display || fileStem(resolved.path);
		return imageMarkdown(scope, resolved.path, alt, width, sized?.[3], inTable);
	}
	return embedNote(scope, resolved.path, parts.subpath, parts.display ?? defaultDisplay(parts), inTable, convertEmbedded);
}

function embedNote(scope: ConvertScope, target: string, subpath: string, display: string, inTable: boolean, convertEmbedded: ConvertEmbedded): string {
	const { vault } = scope;
	// Privacy wins: a note that is not published is never inlined, not even in part.
	if (!vault.identities.has(target)) return renderNoteLink(scope, target, subpath, display, inTable);
	if (target === scope.post.host || scope.embedStack.includes(target)) {
		warn(scope.post, "embed-cycle", { target: noteName(target) });
		return isHiddenFuturePost(scope, target) ? escapeLinkText(display, inTable) : `[${escapeLinkText(display, inTable)}](${postUrlLiquid(scope, target)})`;
	}
	if (scope.embedStack.length >= MAX_EMBED_DEPTH) {
		warn(scope.post, "embed-too-deep", { target: noteName(target), depth: MAX_EMBED_DEPTH });
		return isHiddenFuturePost(scope, target) ? escapeLinkText(display, inTable) : `[${escapeLinkText(display, inTable)}](${postUrlLiquid(scope, target)})`;
	}
	const record = vault.records.get(target);
	if (!record) return renderNoteLink(scope, target, subpath, display, inTable);
	const part = subpath.split("#").filter((item) => item.trim() !== "").pop()?.trim() ?? "";
	const markdown = part === "" ? record.body : part.startsWith("^") ? extractBlock(blocksOf(vault, target), part.slice(1)) : extractSection(blocksOf(vault, target), part);
	if (markdown === null) {
		warn(scope.post, part.startsWith("^") ? "missing-block" : "missing-heading", part.startsWith("^") ? { target: noteName(target), block: part.slice(1) } : { target: noteName(target), heading: part });
		return renderNoteLink(scope, target, "", display, inTable);
	}
	const converted = convertEmbedded(markdown, { ...scope, sourcePath: target, own: false, embedStack: [...scope.embedStack, target] });
	if (inTable) return converted.trim().replace(/\r?\n/g, " ");
	return `${EMBED_BREAK}${converted.trim()}${EMBED_BREAK}`;
}
