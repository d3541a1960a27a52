/**
 * Liquid protection. The converter writes its own Liquid (`post_url`, `relative_url`) between
 * sentinel characters; everything else that looks like Liquid is the author's and must display
 * literally. `{{ "{{" }}` prints `{{` and holds no `{%`, so it works on Jekyll 3 and 4, in prose,
 * code, math and comments alike, and it never leaves a block tag open for the excerpt to cut.
 */
const OWN_TAG_OPEN = "\uFDD0";
const OWN_TAG_CLOSE = "\uFDD1";
const OWN_OUTPUT_OPEN = "\uFDD2";
const OWN_OUTPUT_CLOSE = "\uFDD3";
// A pair of its own: U+FDD4–U+FDD7 mark heading-link placeholders, link labels and embeds (links.ts, embeds.ts).
const VERBATIM_OPEN = "\uFDD8";
const VERBATIM_CLOSE = "\uFDD9";
// split() with a capture: odd items are the verbatim Liquid, even ones the text around it.
const VERBATIM_SEGMENT = /\uFDD8([^\uFDD9]*)\uFDD9/;
// Every character the converter uses as a marker, U+FDD0–U+FDD9.
const SENTINELS = /[\uFDD0-\uFDD9]/g;
const HAS_SENTINEL = /[\uFDD0-\uFDD9]/;

/** `{% body %}` written by the converter itself. */
export function ownTag(body: string): string {
	return `${OWN_TAG_OPEN}${body}${OWN_TAG_CLOSE}`;
}

/** `{{ body }}` written by the converter itself. */
export function ownOutput(body: string): string {
	return `${OWN_OUTPUT_OPEN}${body}${OWN_OUTPUT_CLOSE}`;
}

/** Liquid an imported post ran on the site, kept running byte for byte (see imported-form). */
export function verbatimLiquid(span: string): string {
	return `${VERBATIM_OPEN}${span}${VERBATIM_CLOSE}`;
}

/** Sentinels are Unicode noncharacters; a note holding one would confuse them, so they go first. */
export function removeSentinels(text: string): string {
	return HAS_SENTINEL.test(text) ? text.replace(SENTINELS, "\uFFFD") : text;
}

export interface ProtectedText {
	text: string;
	/** How many Liquid openings of the author's were escaped. */
	escaped: number;
}

// Without verbatim Liquid (the usual case), in one pass: the author's `{{` and `{%`, and our own
// tags and outputs (whose text gets the same escaping, as a pass over the whole text would give it).
const LIQUID_OPENING = /\{\{|\{%/g;
const LIQUID_OR_OWN = /\{\{|\{%|\uFDD0([^\uFDD1]*)\uFDD1|\uFDD2([^\uFDD3]*)\uFDD3/g;

export function protectLiquid(text: string): ProtectedText {
	let escaped = 0;
	const escape = (part: string): string =>
		part.replace(LIQUID_OPENING, (opening) => {
			escaped += 1;
			return `{{ "${opening}" }}`;
		});
	const protect = (part: string): string =>
		part.replace(LIQUID_OR_OWN, (match: string, tag: string | undefined, output: string | undefined) => {
			if (tag !== undefined) return `{% ${escape(tag)} %}`;
			if (output !== undefined) return `{{ ${escape(output)} }}`;
			escaped += 1;
			return `{{ "${match}" }}`;
		});
	// Verbatim Liquid (the odd parts) runs as its author wrote it; the text around it is protected.
	const final = text
		.split(VERBATIM_SEGMENT)
		.map((part, index) => (index % 2 === 1 ? part : protect(part)))
		.join("");
	return { text: final, escaped };
}
