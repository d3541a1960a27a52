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
const SENTINELS = /[\uFDD0-\uFDD7]/g;
const HAS_SENTINEL = /[\uFDD0-\uFDD7]/;

/** `{% body %}` written by the converter itself. */
export function ownTag(body: string): string {
	return `${OWN_TAG_OPEN}${body}${OWN_TAG_CLOSE}`;
}

/** `{{ body }}` written by the converter itself. */
export function ownOutput(body: string): string {
	return `${OWN_OUTPUT_OPEN}${body}${OWN_OUTPUT_CLOSE}`;
}

/** Sentinels are Unicode noncharacters; a note holding one would confuse them, so they go first. */
export function removeSentinels(text: string): string {
	return HAS_SENTINEL.test(text) ? text.replace(SENTINELS, "\uFFFD") : text;
}

/** What a reader sees in place of our own Liquid (for heading ids and plain-text comparisons). */
export function withoutOwnLiquid(text: string): string {
	return text.replace(/\uFDD0[^\uFDD1]*\uFDD1|\uFDD2[^\uFDD3]*\uFDD3/g, "");
}

export interface ProtectedText {
	text: string;
	/** How many Liquid openings of the author's were escaped. */
	escaped: number;
}

// In one pass: the author's `{{` and `{%`, and our own tags and outputs (whose text gets the same
// escaping, as a pass over the whole text before them would give it).
const LIQUID_OPENING = /\{\{|\{%/g;
const LIQUID_OR_OWN = /\{\{|\{%|\uFDD0([^\uFDD1]*)\uFDD1|\uFDD2([^\uFDD3]*)\uFDD3/g;

export function protectLiquid(text: string): ProtectedText {
	let escaped = 0;
	const escapeOpenings = (inner: string): string =>
		inner.replace(LIQUID_OPENING, (opening) => {
			escaped += 1;
			return `{{ "${opening}" }}`;
		});
	const final = text.replace(LIQUID_OR_OWN, (match: string, tag: string | undefined, output: string | undefined) => {
		if (tag !== undefined) return `{% ${escapeOpenings(tag)} %}`;
		if (output !== undefined) return `{{ ${escapeOpenings(output)} }}`;
		escaped += 1;
		return `{{ "${match}" }}`;
	});
	return { text: final, escaped };
}
