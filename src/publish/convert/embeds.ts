import { blocksOf, warn, type ConvertScope } from "./convert-context";
import { noteName } from "./link-index";
import { imageAddress } from "./imported-form";
import { attachmentLink, defaultDisplay, escapeLinkText, isHiddenFuturePost, parseWikiInner, postUrlLiquid, renderNoteLink } from "./links";
import { blockHeading, extractBlock, extractSection } from "./note-sections";
import { scanBlocks, type Block } from "./scanner";

/** Marks where an embedded note starts and ends; the body converter turns it into blank lines. */
export const EMBED_BREAK = "\uFDD7";
/** Classes of the frame around embedded text and of the link to its source, for the site's styles. */
export const EMBED_CLASS = "obsidian-embed";
export const EMBED_SOURCE_CLASS = "obsidian-embed-source";
// Embeds inside embeds inside embeds…: a reader is lost long before this, and a chain of thousands
// of notes must not exhaust the stack.
const MAX_EMBED_DEPTH = 10;
const IMAGE = /\.(?:png|jpe?g|gif|webp|svg|bmp|avif|ico)$/i;
const SIZE = /^(?:(.*?)\\?\|)?(\d+)(?:x(\d+))?$/;

/** Converts the markdown of another note (embeds inline it); set up by the body converter. */
export type ConvertEmbedded = (markdown: string, scope: ConvertScope) => string;

function imageMarkdown(scope: ConvertScope, attachment: string, alt: string, width: string | undefined, height: string | undefined, inTable: boolean): string {
	const url = imageAddress(scope, attachment);
	const size = [width ? `width="${width}"` : "", height ? `height="${height}"` : ""].filter(Boolean).join(" ");
	return `![${escapeLinkText(alt, inTable)}](${url})${size ? `{: ${size}}` : ""}`;
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
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
		// A PDF or other file: its name with the extension says what the reader gets.
		if (!IMAGE.test(resolved.path)) return `${attachmentLink(scope, resolved.path, parts.display ?? fileName(resolved.path), inTable)}{: download=""}`;
		// `|300`, `|300x200`, `|alt text` or `|alt text|300`.
		const sized = SIZE.exec(parts.display ?? "");
		const width = sized?.[2];
		const alt = sized ? sized[1] || fileStem(resolved.path) : parts.display || fileStem(resolved.path);
		return imageMarkdown(scope, resolved.path, alt, width, sized?.[3], inTable);
	}
	return embedNote(scope, resolved.path, parts.subpath, parts.display ?? defaultDisplay(parts), inTable, convertEmbedded);
}

/** The lowest heading level in a piece of markdown (0 when it has none). */
function topHeadingLevel(blocks: readonly Block[]): number {
	let top = 0;
	for (const block of blocks) {
		if (block.kind !== "heading") continue;
		const { level } = blockHeading(block);
		if (top === 0 || level < top) top = level;
	}
	return top;
}

/**
 * The level of the heading an embed appears under: the last heading of the text that embeds it
 * (not of an earlier embed), else the heading that text itself sits under (0: none).
 */
function hostLevel(scope: ConvertScope): number {
	const { headings } = scope.post;
	const depth = scope.embedStack.length;
	for (let index = headings.length - 1; index >= (scope.outline?.from ?? 0); index--) {
		if (headings[index].depth === depth) return headings[index].level;
	}
	return scope.outline?.base ?? 0;
}

/** Levels to add to embedded headings so the top one sits right under the host's heading. */
function headingShiftFor(host: number, markdown: string): number {
	const top = host === 0 ? 0 : topHeadingLevel(scanBlocks(markdown));
	return top === 0 ? 0 : host + 1 - top;
}

/** What a reader calls the source: its title, else its name. */
function sourceTitle(scope: ConvertScope, target: string): string {
	const title = scope.vault.records.get(target)?.frontMatter.title;
	return typeof title === "string" && title.trim() !== "" ? title.trim() : noteName(target);
}

/**
 * Embedded text in a frame the site's styles can target: a markdown blockquote (so every theme
 * shows it as quoted, and kramdown numbers repeated heading ids across it, which it does not
 * inside an HTML element) with a class, ending with a link to the post it comes from.
 */
function framed(scope: ConvertScope, target: string, display: string, converted: string): string {
	// A post Jekyll still hides (dated in the future) cannot be linked yet: the frame then has no source line.
	const source = isHiddenFuturePost(scope, target) ? "" : `[${escapeLinkText(display, false)}](${postUrlLiquid(scope, target)})\n{: .${EMBED_SOURCE_CLASS}}`;
	const body = converted.trim();
	const quoted = [body, source].filter((part) => part !== "").join("\n\n")
		.split("\n")
		.map((line) => (line.trim() === "" ? ">" : `> ${line}`))
		.join("\n");
	return `${quoted}\n{: .${EMBED_CLASS}}`;
}

function embedNote(scope: ConvertScope, target: string, subpath: string, display: string, inTable: boolean, convertEmbedded: ConvertEmbedded): string {
	const { vault } = scope;
	// Privacy wins: a note that is not published is never inlined, not even in part, and leaves
	// nothing but the report's warning (its name in the post would be a stray word).
	if (!vault.identities.has(target)) {
		warn(scope.post, "unpublished-embed", { target: noteName(target) });
		return "";
	}
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
	const base = inTable ? 0 : hostLevel(scope);
	const outline = { base, from: scope.post.headings.length };
	const nested = { ...scope, sourcePath: target, own: false, embedStack: [...scope.embedStack, target], headingShift: headingShiftFor(base, markdown), outline };
	const converted = convertEmbedded(markdown, nested);
	if (inTable) return converted.trim().replace(/\r?\n/g, " ");
	return `${EMBED_BREAK}${framed(scope, target, sourceTitle(scope, target), converted)}${EMBED_BREAK}`;
}
