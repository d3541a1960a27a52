import { parseCalloutHeader, defaultTitle, renderCallout } from "./callouts";
import type { ConvertScope } from "./convert-context";
import { renderEmbed } from "./embeds";
import { convertInline, type InlineHooks } from "./inline";
import { renderMarkdownLink, renderWikiLink } from "./links";
import { renderMarkdownImage, renderTag } from "./media";
import { findBlockId, headingContent } from "./note-sections";
import { EMBED_BREAK } from "./embeds";
import { isBlank, kramdownFenceOpening, missingFenceClose, missingMathClose, scanBlocks, splitLines, stripEol, type Block } from "./scanner";

const LIST_MARKER = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;
const QUOTE_PREFIX = /^( {0,3}> ?)/;

// Prose, table rows and headings of one scope share its hooks: made once, not for every run of text.
const hooksOfScope = new WeakMap<ConvertScope, InlineHooks>();

function hooksFor(scope: ConvertScope): InlineHooks {
	let hooks = hooksOfScope.get(scope);
	if (!hooks) {
		hooks = newHooks(scope);
		hooksOfScope.set(scope, hooks);
	}
	return hooks;
}

function newHooks(scope: ConvertScope): InlineHooks {
	return {
		wikiLink: (inner, inTable) => renderWikiLink(scope, inner, inTable),
		embed: (inner, inTable) => renderEmbed(scope, inner, inTable, convertMarkdown),
		markdownLink: (text, destination, inTable) => renderMarkdownLink(scope, text, destination, inTable),
		markdownImage: (alt, destination, inTable) => renderMarkdownImage(scope, alt, destination, inTable),
		tag: (name) => renderTag(scope, name),
		math: () => {
			scope.post.hasMath = true;
		},
	};
}

/** Literal dollars need protecting where the site's math reads single `$` (always so with `keep`). */
export function protectsDollars(scope: ConvertScope): boolean {
	const mode = scope.vault.settings.mathMode;
	return mode === "keep" || (mode === "site" && scope.vault.site.math.singleDollar);
}

function inline(scope: ConvertScope, text: string, inTable: boolean): string {
	return convertInline(text, hooksFor(scope), { mathMode: scope.vault.settings.mathMode, inTable, protectDollars: protectsDollars(scope) });
}

/** True when the `^` of a block id sits outside any code span on the line. */
function outsideCode(line: string, at: number): boolean {
	return (line.slice(0, at).match(/`/g) ?? []).length % 2 === 0;
}

/**
 * `text ^id` → the paragraph (or list item) gets `{: #id}` and loses the marker, so
 * `[[Note#^id]]` can point at it. Inside an embed the marker just goes: the id lives on its own post.
 */
function applyBlockIds(scope: ConvertScope, lines: string[], followsBlock: boolean): string[] {
	const result: string[] = [];
	lines.forEach((line, index) => {
		const text = stripEol(line);
		const eol = line.slice(text.length);
		const match = text.includes("^") ? findBlockId(text) : null;
		const next = lines[index + 1];
		const endsBlock = next === undefined || isBlank(next) || LIST_MARKER.test(next);
		if (!match || !outsideCode(text, match.at) || (!endsBlock && !LIST_MARKER.test(text))) {
			result.push(line);
			return;
		}
		const kept = text.slice(0, match.at).replace(/[ \t]+$/, "");
		const id = match.id;
		if (!scope.own) result.push(`${kept}${eol}`);
		// `^id` alone under a table or quote names that block.
		else if (kept.trim() === "") result.push((index > 0 ? !isBlank(lines[index - 1]) : followsBlock) ? `{: #${id}}${eol}` : eol);
		else if (LIST_MARKER.test(kept)) result.push(`${kept.replace(LIST_MARKER, `$1{: #${id}} `)}${eol}`);
		else result.push(`${kept}\n{: #${id}}${eol || ""}`);
	});
	return result;
}

/** An embedded heading's level under the host's, and `{: .no_toc}`: the post's TOC is the host's outline. */
function embeddedHeading(scope: ConvertScope, level: number, text: string, eol: string): { level: number; line: string } {
	const shifted = Math.min(6, Math.max(1, level + (scope.headingShift ?? 0)));
	return { level: shifted, line: `${"#".repeat(shifted)} ${text}${eol || "\n"}{: .no_toc}${eol}` };
}

function convertSetextHeading(scope: ConvertScope, lines: string[]): string {
	const text = stripEol(lines[0]);
	const converted = inline(scope, text, false);
	const level = stripEol(lines[1]).trim().startsWith("=") ? 1 : 2;
	if (!scope.own) {
		const embedded = embeddedHeading(scope, level, converted.trim(), lines[1].slice(stripEol(lines[1]).length));
		scope.post.headings.push({ source: null, text: converted.trim(), level: embedded.level, depth: scope.embedStack.length });
		return embedded.line;
	}
	scope.post.headings.push({ source: text.trim(), text: converted.trim(), level, depth: 0 });
	return `${converted}${lines[0].slice(text.length)}${lines[1]}`;
}

function convertHeading(scope: ConvertScope, line: string): string {
	const text = stripEol(line);
	const { text: source } = headingContent(line);
	const marker = /^ {0,3}#{1,6}[ \t]*/.exec(text)?.[0] ?? "";
	const rest = text.slice(marker.length);
	const converted = inline(scope, rest, false);
	const { text: plain, level } = headingContent(`${marker}${converted}`);
	if (!scope.own) {
		const embedded = embeddedHeading(scope, level, plain, line.slice(text.length));
		scope.post.headings.push({ source: null, text: plain, level: embedded.level, depth: scope.embedStack.length });
		return embedded.line;
	}
	scope.post.headings.push({ source, text: plain, level, depth: 0 });
	return `${marker}${converted}${line.slice(text.length)}`;
}

function convertQuote(scope: ConvertScope, lines: string[]): string {
	const prefixes = lines.map((line) => QUOTE_PREFIX.exec(line)?.[1] ?? "");
	const inner = lines.map((line, index) => line.slice(prefixes[index].length));
	const header = parseCalloutHeader(stripEol(inner[0]));
	if (header) {
		const title = header.title === "" ? defaultTitle(header.type) : inline(scope, header.title, false);
		const depth = scope.calloutDepth ?? 0;
		const body = convertMarkdown(inner.slice(1).join(""), { ...scope, calloutDepth: depth + 1 });
		return renderCallout(scope.vault.settings.calloutStyle, header, title, body, depth > 0);
	}
	const innerText = inner.join("");
	const converted = convertMarkdown(innerText, scope);
	if (converted === innerText) return lines.join("");
	const ending = converted.endsWith("\n") ? "\n" : "";
	const body = ending ? converted.slice(0, -1) : converted;
	return `${body
		.split("\n")
		.map((line) => (line.trim() === "" ? ">" : `> ${line}`))
		.join("\n")}${ending}`;
}

/** What to add to `before` so that what follows starts a block: a blank line, no more. */
function blankLineAfter(before: string): string {
	// Blank lines alone: the block before this prose has ended, they separate it already.
	if (before === "" || /\n[ \t]*\n$/.test(before) || /^(?:[ \t]*\r?\n)+$/.test(before)) return "";
	return before.endsWith("\n") ? "\n" : "\n\n";
}

/** What to add before `after` so that the block before it ends with a blank line, no more. */
function blankLineBefore(after: string): string {
	if (after === "" || /^[ \t]*\r?\n[ \t]*(\r?\n|$)/.test(after)) return "";
	return /^[ \t]*\r?\n/.test(after) ? "\n" : "\n\n";
}

/** An embedded note's content stands on its own lines, with exactly one blank line around it. */
function placeEmbeds(text: string): string {
	if (!text.includes(EMBED_BREAK)) return text;
	const parts = text.split(EMBED_BREAK);
	let result = parts[0];
	for (let index = 1; index < parts.length; index++) {
		let part = parts[index];
		if (index % 2 === 0) {
			result += blankLineBefore(part) + part;
			continue;
		}
		// Inside a list item the content keeps the item's indentation, so the list goes on.
		const indent = /(?:^|\n)([ \t]*)$/.exec(result)?.[1] ?? "";
		if (indent !== "") part = `${indent}${part.replace(/\n(?=[^\n])/g, `\n${indent}`)}`;
		result = result.replace(/[ \t]*$/, "");
		result += blankLineAfter(result) + part;
	}
	return result;
}

/** Blocks that need blank lines around them (kramdown's display math, callout elements). */
function isolate(output: string[], text: string, nextLine: string | undefined): string {
	const previous = output.length === 0 ? "\n" : output[output.length - 1];
	const before = previous === "" || previous.endsWith("\n\n") || /(^|\n)[ \t]*\r?\n$/.test(previous) || output.length === 0 ? "" : previous.endsWith("\n") ? "\n" : "\n\n";
	const after = nextLine === undefined || isBlank(nextLine) ? "" : text.endsWith("\n") ? "\n" : "\n\n";
	return `${before}${text}${after}`;
}

function convertBlock(scope: ConvertScope, block: Block, output: string[], nextLine: string | undefined): void {
	const { lines } = block;
	switch (block.kind) {
		case "fence":
			output.push(kramdownFenceOpening(lines[0]) + lines.slice(1).join("") + missingFenceClose(block));
			return;
		case "indented-code":
			// kramdown lets an indented code block run on over unindented lines (Obsidian ends it
			// there): a blank line keeps the heading or paragraph after it out of the code.
			output.push(lines.join("") + (nextLine !== undefined && !isBlank(nextLine) ? "\n" : ""));
			return;
		case "html-comment":
			output.push(lines.join(""));
			return;
		case "comment":
			return;
		case "math": {
			scope.post.hasMath = true;
			// Obsidian shows math up to the end of a note when `$$` is never closed; kramdown would not.
			const text = lines.join("") + missingMathClose(block);
			output.push(scope.vault.settings.mathMode !== "keep" ? isolate(output, text, nextLine) : text);
			return;
		}
		case "heading": {
			// Plain kramdown reads a heading right under a paragraph as part of it; Obsidian does not.
			const previous = output[output.length - 1] ?? "";
			const separate = !scope.vault.site.kramdownGfm && previous !== "" && !/\n[ \t]*\r?\n$/.test(previous) ? "\n" : "";
			output.push(separate + (lines.length === 2 ? convertSetextHeading(scope, lines) : convertHeading(scope, lines[0])));
			return;
		}
		case "table":
			output.push(lines.map((line) => inline(scope, line, true)).join(""));
			return;
		case "quote": {
			const converted = convertQuote(scope, lines);
			output.push(converted === lines.join("") ? converted : isolate(output, converted, nextLine));
			return;
		}
		case "prose": {
			// Inline first: the `{: #id}` lines written for block ids must not be read as `#tags`.
			const previous = output[output.length - 1] ?? "";
			const followsBlock = previous !== "" && !/\n[ \t]*\r?\n$/.test(previous);
			const converted = inline(scope, lines.join(""), false);
			// Split into lines again only where a block id may be (a `^` somewhere).
			const withIds = converted.includes("^") ? applyBlockIds(scope, splitLines(converted), followsBlock).join("") : converted;
			output.push(placeEmbeds(withIds));
			return;
		}
	}
}

/**
 * Converts Obsidian markdown (a note body, a section, a callout body) to kramdown markdown. A
 * note's body may come already scanned (`blocks`): links to its headings scanned it first.
 */
export function convertMarkdown(markdown: string, scope: ConvertScope, blocks: readonly Block[] = scanBlocks(markdown)): string {
	const output: string[] = [];
	blocks.forEach((block, index) => convertBlock(scope, block, output, blocks[index + 1]?.lines[0]));
	return output.join("");
}

