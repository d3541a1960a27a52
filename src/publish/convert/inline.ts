import type { MathMode } from "../publish-settings";
import { findMathEnd, kramdownInlineMath } from "./math";
import { destinationEnd, findCodeSpan, indexOnLine, labelEnd, tableCodeElement, trimUrlEnd } from "./inline-spans";

/** What the inline scanner asks of its caller when it meets Obsidian or link syntax. */
export interface InlineHooks {
	/** `[[inner]]`: returns the markdown that replaces it. */
	wikiLink(inner: string, inTable: boolean): string;
	/** `![[inner]]`. */
	embed(inner: string, inTable: boolean): string;
	/** `[text](destination)`, text already converted; null keeps the link as written. */
	markdownLink(text: string, destination: string, inTable: boolean): string | null;
	/** `![alt](destination)`; null keeps the image as written. */
	markdownImage(alt: string, destination: string, inTable: boolean): string | null;
	/** `#tag` in prose (without the `#`). */
	tag(name: string): string;
	/** Inline math was met (some themes load MathJax only when a post says so). */
	math(): void;
}

export interface InlineOptions {
	mathMode: MathMode;
	inTable: boolean;
	/** The site's math reads single `$`: every literal dollar is kept away from it. */
	protectDollars: boolean;
	/** Inside a link's text, where a URL is text (a link in a link is not HTML). */
	inLinkText?: boolean;
}

/**
 * A literal dollar MathJax leaves alone (its default ignore class, in MathJax 2 and 3), alone in
 * its element so that KaTeX's auto-render cannot pair it either; plain text where no math runs.
 */
export const PROTECTED_DOLLAR = '<span class="tex2jax_ignore">$</span>';

const TAG_CHAR = /[\p{L}\p{N}\p{M}_/-]/u;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const BLANK_LINE = /\n[ \t]*\r?\n/g;
const URL_START = /https?:\/\//y;
// Around the escaped colon of `https\://x`: the scheme as a word of its own, then `//` and more.
const URL_SCHEME_BEFORE = /(?:^|[^\p{L}\p{N}])https?$/u;
const URL_REST_AFTER = /^\/\/\S/;
// Characters that can start a token; everything between them is copied in one piece.
const TOKEN_START = /[\\`<%$![=#h]/g;

/**
 * Converts the inline syntax of a run of prose (paragraphs, list items, table rows). Code spans,
 * inline HTML comments and math are copied untouched; spans never reach past a blank line,
 * except `%%` comments, which Obsidian lets run over many paragraphs.
 */
export class InlineConverter {
	private out: string[] = [];
	private position = 0;
	private copiedUpTo = 0;
	private paragraphEnd = -1;

	constructor(
		private readonly text: string,
		private readonly hooks: InlineHooks,
		private readonly options: InlineOptions,
	) {}

	convert(): string {
		const { text } = this;
		while (this.position < text.length) {
			TOKEN_START.lastIndex = this.position;
			const next = TOKEN_START.exec(text);
			if (!next) break;
			this.position = next.index;
			if (this.position > this.paragraphEnd) this.findParagraphEnd();
			if (!this.tryToken()) this.position += 1;
		}
		this.flush(text.length);
		return this.out.join("");
	}

	private findParagraphEnd(): void {
		BLANK_LINE.lastIndex = this.position;
		const match = BLANK_LINE.exec(this.text);
		this.paragraphEnd = match ? match.index : this.text.length;
	}

	private flush(upTo: number): void {
		if (upTo > this.copiedUpTo) this.out.push(this.text.slice(this.copiedUpTo, upTo));
		this.copiedUpTo = upTo;
	}

	/** Replaces text[position, end) with `replacement`. */
	private replace(end: number, replacement: string): true {
		this.flush(this.position);
		this.out.push(replacement);
		this.position = end;
		this.copiedUpTo = end;
		return true;
	}

	/** Leaves text[position, end) as it is and moves past it. */
	private keep(end: number): true {
		this.position = end;
		return true;
	}

	private tryToken(): boolean {
		const { text, position } = this;
		const char = text[position];
		switch (char) {
			case "\\":
				if (text[position + 1] === "$" && this.options.protectDollars) return this.replace(position + 2, PROTECTED_DOLLAR);
				if (this.isNeedlessEscape(position)) return this.replace(position + 2, text[position + 1]);
				return ESCAPABLE.test(text[position + 1] ?? "") ? this.keep(position + 2) : false;
			case "`":
				return this.codeSpan();
			case "<":
				return this.htmlOrComment();
			case "%":
				return text.startsWith("%%", position) ? this.obsidianComment() : false;
			case "$":
				return this.math();
			case "!":
				if (text.startsWith("![[", position)) return this.wiki(position + 3, true);
				return text[position + 1] === "[" ? this.markdownLink(position + 1, true) : false;
			case "[":
				return text[position + 1] === "[" ? this.wiki(position + 2, false) : this.markdownLink(position, false);
			case "=":
				return this.highlight();
			case "#":
				return this.tag();
			case "h":
				return this.url();
			default:
				return false;
		}
	}

	/**
	 * `https\://…` and `\#word` in prose keep Obsidian from making a link or a tag; kramdown makes
	 * neither of `https://…` and a `#` within a line, so the escape is dropped and the post reads as
	 * its author would have written it (an imported post comes back byte for byte).
	 */
	private isNeedlessEscape(position: number): boolean {
		const { text } = this;
		const next = text[position + 1];
		if (next === ":") return URL_SCHEME_BEFORE.test(text.slice(Math.max(0, position - 6), position)) && URL_REST_AFTER.test(text.slice(position + 2, position + 5));
		if (next !== "#" || position === 0 || !/[ \t]/.test(text[position - 1]) || !/^[\p{L}\p{N}_]/u.test(text[position + 2] ?? "")) return false;
		// At the start of a line (or of a list item, a quote) `#word` could be read as a heading.
		const before = text.slice(text.lastIndexOf("\n", position) + 1, position);
		return !/^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/.test(before) && !before.includes("{:");
	}

	private codeSpan(): boolean {
		const span = findCodeSpan(this.text, this.position, this.paragraphEnd);
		if (span.end === null) return this.keep(span.contentStart);
		if (!this.options.inTable) return this.keep(span.end);
		// In a table cell, backticks or `\|` inside the span would be re-read by kramdown's table parser.
		const element = tableCodeElement(this.text.slice(span.contentStart, span.contentEnd));
		return element === null ? this.keep(span.end) : this.replace(span.end, element);
	}

	private htmlOrComment(): boolean {
		const { text, position } = this;
		if (text.startsWith("<!--", position)) {
			// An unclosed comment is text to kramdown, so what follows it is converted as usual.
			const end = text.indexOf("-->", position + 4);
			return end === -1 ? this.keep(position + 4) : this.keep(end + 3);
		}
		// Raw HTML tags and autolinks pass through: their attributes and URLs are not prose.
		if (!/[a-zA-Z/]/.test(text[position + 1] ?? "")) return false;
		const close = indexOnLine(text, ">", position);
		return close === -1 ? false : this.keep(close + 1);
	}

	private obsidianComment(): boolean {
		const end = this.text.indexOf("%%", this.position + 2);
		if (end === -1) return this.keep(this.position + 2);
		return this.replace(end + 2, "");
	}

	private math(): boolean {
		const { text, position } = this;
		const end = findMathEnd(text, position, this.paragraphEnd);
		if (end === -1) {
			const dollars = text.startsWith("$$", position) ? 2 : 1;
			if (this.options.protectDollars) return this.replace(position + dollars, PROTECTED_DOLLAR.repeat(dollars));
			return dollars === 2 ? this.keep(position + 2) : false;
		}
		this.hooks.math();
		if (text.startsWith("$$", position) || this.options.mathMode === "keep") return this.keep(end);
		return this.replace(end, kramdownInlineMath(text, position, end, this.options.inTable));
	}

	private wiki(innerStart: number, isEmbed: boolean): boolean {
		const { text } = this;
		const close = indexOnLine(text, "]]", innerStart);
		if (close === -1) return false;
		const inner = text.slice(innerStart, close);
		if (inner.trim() === "" || inner.includes("[[")) return false;
		const replacement = isEmbed ? this.hooks.embed(inner, this.options.inTable) : this.hooks.wikiLink(inner, this.options.inTable);
		return this.replace(close + 2, replacement);
	}

	/** `[text](destination)` starting at the `[` at `open`; `isImage` when a `!` precedes it. */
	private markdownLink(open: number, isImage: boolean): boolean {
		const { text } = this;
		const closeBracket = labelEnd(text, open, this.paragraphEnd);
		if (closeBracket === -1 || text[closeBracket + 1] !== "(") return false;
		const destinationStop = destinationEnd(text, closeBracket + 2);
		if (destinationStop === -1) return false;
		const label = text.slice(open + 1, closeBracket);
		const destination = text.slice(closeBracket + 2, destinationStop);
		if (isImage) {
			const image = this.hooks.markdownImage(label, destination, this.options.inTable);
			return image === null ? this.keep(destinationStop + 1) : this.replace(destinationStop + 1, image);
		}
		const convertedLabel = new InlineConverter(label, this.hooks, { ...this.options, inLinkText: true }).convert();
		const link = this.hooks.markdownLink(convertedLabel, destination, this.options.inTable);
		if (link === null && convertedLabel === label) return this.keep(destinationStop + 1);
		return this.replace(destinationStop + 1, link ?? `[${convertedLabel}](${destination})`);
	}

	private highlight(): boolean {
		const { text, position } = this;
		if (!text.startsWith("==", position) || text[position - 1] === "=" || text[position + 2] === "=") return false;
		if (/\s/.test(text[position + 2] ?? " ")) return false;
		for (let end = text.indexOf("==", position + 2); end !== -1 && end < this.paragraphEnd; end = text.indexOf("==", end + 1)) {
			if (/\s/.test(text[end - 1]) || text[end + 2] === "=") continue;
			const inner = new InlineConverter(text.slice(position + 2, end), this.hooks, this.options).convert();
			return this.replace(end + 2, `<mark>${inner}</mark>`);
		}
		return false;
	}

	private tag(): boolean {
		const { text, position } = this;
		if (position > 0 && !/\s/.test(text[position - 1])) return false;
		// `{: #id .class}` is a kramdown attribute list the author wrote, not a tag.
		const before = text.slice(text.lastIndexOf("\n", position) + 1, position);
		const brace = before.lastIndexOf("{:");
		if (brace !== -1 && !before.includes("}", brace)) return false;
		let end = position + 1;
		while (end < text.length && TAG_CHAR.test(text[end])) end++;
		const name = text.slice(position + 1, end);
		if (!/^[\p{L}\p{N}_]/u.test(name) || /^[\d/]+$/.test(name)) return false;
		return this.replace(end, this.hooks.tag(name));
	}

	/**
	 * A bare URL is a link in Obsidian, not in kramdown: it becomes an autolink `<…>`. Trailing
	 * punctuation stays outside, as Obsidian (GFM's extended autolinks) leaves it: `.,:;!?*_~'"`, and
	 * a `)` that closes nothing inside the URL. `a==b` or `#frag` inside it is not Obsidian syntax.
	 */
	private url(): boolean {
		const { text, position } = this;
		if (position > 0 && /[\p{L}\p{N}]/u.test(text[position - 1])) return false;
		URL_START.lastIndex = position;
		if (!URL_START.test(text)) return false;
		const stop = this.options.inTable ? /[\s<>|]/ : /[\s<>]/;
		let end = position;
		while (end < text.length && !stop.test(text[end])) end++;
		if (this.options.inTable && text[end] === "|" && text[end - 1] === "\\") end--;
		end = trimUrlEnd(text, position, end);
		if (this.options.inLinkText || end <= URL_START.lastIndex) return this.keep(end);
		return this.replace(end, `<${text.slice(position, end)}>`);
	}
}

export function convertInline(text: string, hooks: InlineHooks, options: InlineOptions): string {
	return new InlineConverter(text, hooks, options).convert();
}
