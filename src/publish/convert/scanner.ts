/**
 * Block-level scanner for Obsidian markdown: splits a body into blocks whose texts, joined, give
 * the input back exactly. Regions whose content must never be converted (fenced and indented
 * code, HTML comments, display math) are recognised here, before any inline rule can see them.
 */
export type BlockKind = "prose" | "heading" | "table" | "quote" | "fence" | "indented-code" | "html-comment" | "math" | "comment";

export interface Block {
	kind: BlockKind;
	/** The block's lines, each with its line ending. */
	lines: string[];
}

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const QUOTE = /^ {0,3}>/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Splits text into lines, each keeping its `\n` / `\r\n` ending (the last may have none). */
export function splitLines(text: string): string[] {
	const lines: string[] = [];
	let start = 0;
	for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", start)) {
		lines.push(text.slice(start, index + 1));
		start = index + 1;
	}
	if (start < text.length) lines.push(text.slice(start));
	return lines;
}

export function stripEol(line: string): string {
	// Called for every line of every note: character checks, not a regular expression.
	const end = line.length - 1;
	if (line.charCodeAt(end) !== 10) return line;
	return line.charCodeAt(end - 1) === 13 ? line.slice(0, end - 1) : line.slice(0, end);
}

export function isBlank(line: string): boolean {
	return stripEol(line).trim() === "";
}

function indentWidth(line: string): number {
	let width = 0;
	for (let at = 0; at < line.length; at++) {
		const code = line.charCodeAt(at);
		if (code === 32) width += 1;
		else if (code === 9) width += 4 - (width % 4);
		else break;
	}
	return width;
}

/** The closing line of a fence opened with `marker` (same character, at least as long). */
function closesFence(line: string, marker: string): boolean {
	const trimmed = stripEol(line).trim();
	if (trimmed.length < marker.length || trimmed[0] !== marker[0]) return false;
	return [...trimmed].every((char) => char === marker[0]);
}

/** Counts `%%` outside code spans on a line; an odd count leaves a comment open. */
function opensComment(line: string): boolean {
	if (!line.includes("%%")) return false;
	const withoutCode = stripEol(line).replace(/(`+)[^`]*?\1/g, "");
	return (withoutCode.match(/%%/g) ?? []).length % 2 === 1 && withoutCode.trimStart().startsWith("%%");
}

/**
 * A fence left open runs to the end of the note in Obsidian, but kramdown only knows closed ones:
 * the closing line it needs ("" when the fence is closed already).
 */
export function missingFenceClose(block: Block): string {
	const open = FENCE_OPEN.exec(stripEol(block.lines[0]));
	if (!open || (block.lines.length > 1 && closesFence(block.lines[block.lines.length - 1], open[2]))) return "";
	const last = block.lines[block.lines.length - 1];
	return `${last.endsWith("\n") ? "" : "\n"}${open[1]}${open[2]}\n`;
}

/**
 * The opening line of a fence as kramdown reads it: kramdown's GFM parser takes an info string of
 * one word only (`js title="x"` makes it no fence at all, and pairs the fences after it wrongly),
 * so only the language, which is what Obsidian uses too, is kept.
 */
/** The `$$` a display-math block left open needs ("" when it is closed). */
export function missingMathClose(block: Block): string {
	const text = block.lines.join("").trimEnd();
	const closed = block.lines.length === 1 ? text.trimStart().slice(2).includes("$$") : text.endsWith("$$");
	if (closed) return "";
	return `${block.lines[block.lines.length - 1].endsWith("\n") ? "" : "\n"}$$\n`;
}

export function kramdownFenceOpening(line: string): string {
	const text = stripEol(line);
	const open = FENCE_OPEN.exec(text);
	const info = open ? open[3].trim() : "";
	if (!open || !/\s/.test(info)) return line;
	return `${open[1]}${open[2]}${info.split(/\s+/)[0]}${line.slice(text.length)}`;
}

class BlockScanner {
	private readonly blocks: Block[] = [];
	private index = 0;
	private inList = false;
	private previousBlank = true;

	constructor(private readonly lines: string[]) {}

	scan(): Block[] {
		while (this.index < this.lines.length) this.step();
		return this.blocks;
	}

	private push(kind: BlockKind, count: number): void {
		const last = this.blocks[this.blocks.length - 1];
		if (kind === "prose" && last?.kind === "prose") for (let at = this.index; at < this.index + count; at++) last.lines.push(this.lines[at]);
		else this.blocks.push({ kind, lines: this.lines.slice(this.index, this.index + count) });
		this.index += count;
	}

	/** Number of lines from `from` on (at least one) for which `holds` is true, plus those before `from`. */
	private runWhile(holds: (line: string) => boolean, from = this.index + 1): number {
		let at = from;
		while (at < this.lines.length && holds(this.lines[at])) at++;
		return at - this.index;
	}

	/** Number of lines from the current one up to and including the first that satisfies `ends`. */
	private runUntil(ends: (line: string) => boolean, from = this.index + 1): number {
		for (let at = from; at < this.lines.length; at++) if (ends(this.lines[at])) return at - this.index + 1;
		return this.lines.length - this.index;
	}

	/** kramdown reads `<!--` as a comment only when `-->` follows somewhere. */
	private commentCloses(text: string): boolean {
		if (text.includes("-->", text.indexOf("<!--") + 4)) return true;
		for (let at = this.index + 1; at < this.lines.length; at++) if (this.lines[at].includes("-->")) return true;
		return false;
	}

	private step(): void {
		const line = this.lines[this.index];
		const text = stripEol(line);
		const indent = indentWidth(line);
		const blank = text.trim() === "";
		// Most lines hold no fence marker: the pattern runs only on those that may.
		const fence = text.includes("```") || text.includes("~~~") ? FENCE_OPEN.exec(text) : null;
		const mayOpenBlock = indent < 4 || this.inList;
		if (blank) {
			this.push("prose", 1);
			this.previousBlank = true;
			return;
		}
		if (indent >= 4 && this.previousBlank && !this.inList) {
			this.push("indented-code", this.runWhile((next) => isBlank(next) || indentWidth(next) >= 4));
			this.trimTrailingBlankLines();
		} else if (fence && mayOpenBlock && !(fence[2][0] === "`" && fence[3].includes("`"))) {
			this.push("fence", this.runUntil((next) => closesFence(next, fence[2])));
		} else if (mayOpenBlock && text.trimStart().startsWith("<!--") && this.commentCloses(text)) {
			this.push("html-comment", text.includes("-->", text.indexOf("<!--") + 4) ? 1 : this.runUntil((next) => next.includes("-->")));
		} else if (mayOpenBlock && text.trimStart().startsWith("$$")) {
			const rest = text.trimStart().slice(2);
			this.push("math", rest.includes("$$") ? 1 : this.runUntil((next) => stripEol(next).trimEnd().endsWith("$$")));
		} else if (opensComment(line)) {
			this.push("comment", this.runUntil((next) => next.includes("%%")));
		} else if (QUOTE.test(text)) {
			this.push("quote", this.runWhile((next) => QUOTE.test(next)));
			this.inList = false;
		} else if (HEADING.test(text)) {
			this.push("heading", 1);
			this.inList = false;
		} else if (text.includes("|") && this.index + 1 < this.lines.length && TABLE_DELIMITER.test(stripEol(this.lines[this.index + 1])) && stripEol(this.lines[this.index + 1]).includes("-")) {
			this.push("table", this.runWhile((next) => !isBlank(next) && next.includes("|"), this.index + 2));
			this.inList = false;
		} else if (this.previousBlank && !this.inList && !LIST_ITEM.test(text) && this.index + 1 < this.lines.length && SETEXT_UNDERLINE.test(stripEol(this.lines[this.index + 1]))) {
			// `Title` over `=====` or `-----`: a heading kramdown gives an id, like an ATX one.
			this.push("heading", 2);
		} else {
			if (LIST_ITEM.test(text)) this.inList = true;
			else if (this.previousBlank && indent === 0) this.inList = false;
			this.push("prose", 1);
		}
		this.previousBlank = false;
	}

	/** Blank lines after indented code belong to the prose that follows. */
	private trimTrailingBlankLines(): void {
		const block = this.blocks[this.blocks.length - 1];
		while (block.lines.length > 1 && isBlank(block.lines[block.lines.length - 1])) {
			block.lines.pop();
			this.index -= 1;
		}
		this.previousBlank = false;
	}
}

/** Splits a note body (front matter already removed) into blocks. */
export function scanBlocks(text: string): Block[] {
	return new BlockScanner(splitLines(text)).scan();
}
