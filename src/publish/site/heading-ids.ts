import { boundedMemo } from "../../core/bounded-memo";

/**
 * Heading ids exactly as kramdown generates them (verified against Jekyll 4.3.1, kramdown 2.4.0,
 * kramdown-parser-gfm 1.1.0):
 * - GFM input: from the heading's *text* (links give their text, images nothing, markup and
 *   entities are gone), lowercased, everything but letters, marks, digits, `_`, `-`, spaces and tabs
 *   dropped, spaces and tabs to `-`; a repeated id gets `-1`, `-2`, …
 * - plain kramdown: from the *raw* heading source, leading non-letters cut, only `a-z0-9 -` kept,
 *   `section` when nothing is left, repeats get `-1`, `-2`, …
 */
export interface HeadingIdGenerator {
	next(markdownText: string): string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** The text a reader sees of an inline markdown heading (what kramdown's GFM parser ids from). */
export function headingPlainText(markdown: string): string {
	return markdown
		.replace(/!\[[^\]]*\]\([^)]*\)(\{:[^}]*\})?/g, "")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/<[^>]*>/g, "")
		.replace(/&([a-z]+);/gi, (whole: string, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
		.replace(/\\([!-/:-@[-`{-~])/g, "$1")
		.replace(/(^|[^\p{L}\p{N}_])_+(?=\S)/gu, "$1")
		.replace(/(\S)_+(?=$|[^\p{L}\p{N}_])/gu, "$1")
		.trim();
}

function gfmBase(markdownText: string): string {
	return headingPlainText(markdownText)
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu, "")
		.replace(/[ \t]/g, "-");
}

function plainBase(markdownText: string): string {
	const base = markdownText
		.trim()
		.replace(/^[^a-zA-Z]+/, "")
		.replace(/[^a-zA-Z0-9 -]/g, "")
		.replace(/ /g, "-")
		.toLowerCase();
	return base === "" ? "section" : base;
}

// Every post's headings get ids, and the same headings (`개요`, `회고`) recur across thousands of
// posts: each text's id base is worked out once.
const rememberedGfmBase = boundedMemo(gfmBase);
const rememberedPlainBase = boundedMemo(plainBase);

export function createHeadingIdGenerator(gfm: boolean): HeadingIdGenerator {
	const seen = new Map<string, number>();
	return {
		next(markdownText) {
			const base = gfm ? rememberedGfmBase(markdownText) : rememberedPlainBase(markdownText);
			const count = seen.get(base);
			seen.set(base, count === undefined ? 0 : count + 1);
			return count === undefined ? base : `${base}-${count + 1}`;
		},
	};
}
