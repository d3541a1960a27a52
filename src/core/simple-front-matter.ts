/**
 * The front matter most notes have, read without the YAML parser: one `key: value` per line, where
 * each value is a word or phrase, text in quotes without escapes, a date, a whole number,
 * true/false/null, or a one-line list of such words and quoted texts. It gives exactly what
 * js-yaml's core schema gives for them (a property test holds it to that); anything else —
 * comments, blank or indented lines, block lists, escapes, colons or hashes in a value — returns
 * undefined and goes to js-yaml. Reading a vault's front matter is most of what listing it costs.
 */

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Starts with a letter (never a number, an indicator or a reserved word's sign) and holds nothing
// YAML reads specially in a block or flow value: no `:` `#` quotes, brackets, braces or commas.
const PLAIN_PHRASE = /^[\p{L}_][\p{L}\p{N}\p{M}_ ./()+-]*$/u;
const PLAIN_WORD = /^[\p{L}_][\p{L}\p{N}\p{M}_ ./+-]*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?: ?[+-]\d{2}:?\d{2}|Z)?)?$/;
const WHOLE_NUMBER = /^(?:0|[1-9]\d{0,14})$/;
// What js-yaml refuses in a stream (or a byte-order mark inside it): its parser words the error.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const NOT_PRINTABLE = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/;
// A Map, not an object: `constructor` or `toString` is a plain word, not something inherited.
const RESERVED = new Map<string, boolean | null>([
	["true", true],
	["True", true],
	["TRUE", true],
	["false", false],
	["False", false],
	["FALSE", false],
	["null", null],
	["Null", null],
	["NULL", null],
	["~", null],
]);

/** No value of the simple kind: the caller uses the YAML parser. */
const NOT_SIMPLE = Symbol("not simple");

function quoted(text: string): string | typeof NOT_SIMPLE {
	const quote = text[0];
	if (text.length < 2 || text[text.length - 1] !== quote) return NOT_SIMPLE;
	const inner = text.slice(1, -1);
	// Escapes (`\` in double quotes, `''` in single ones) and line folding are the parser's.
	return inner.includes(quote) || inner.includes("\\") ? NOT_SIMPLE : inner;
}

function listItem(item: string): string | typeof NOT_SIMPLE {
	if (item.startsWith('"') || item.startsWith("'")) return quoted(item);
	return PLAIN_WORD.test(item) && !RESERVED.has(item) ? item : NOT_SIMPLE;
}

function value(text: string): unknown {
	if (text === "") return null;
	if (RESERVED.has(text)) return RESERVED.get(text);
	if (text.startsWith('"') || text.startsWith("'")) return quoted(text);
	if (text.startsWith("[")) {
		if (!text.endsWith("]")) return NOT_SIMPLE;
		const inner = text.slice(1, -1).trim();
		if (inner === "") return [];
		const items: string[] = [];
		for (const raw of inner.split(",")) {
			const item = listItem(raw.trim());
			if (item === NOT_SIMPLE) return NOT_SIMPLE;
			items.push(item);
		}
		return items;
	}
	if (DATE.test(text)) return text;
	if (WHOLE_NUMBER.test(text)) return Number(text);
	return PLAIN_PHRASE.test(text) ? text : NOT_SIMPLE;
}

export function readSimpleFrontMatter(yamlText: string): Record<string, unknown> | undefined {
	// Tabs, CRs and unpaired or paired surrogates (emoji) all go to the parser: rare, and its own to judge.
	if (yamlText === "" || NOT_PRINTABLE.test(yamlText)) return undefined;
	const data: Record<string, unknown> = {};
	// Line by line, `key:` and `key: value` (one space or more after the colon), cut out by index
	// rather than matched whole: every note of a vault passes here.
	const last = yamlText.endsWith("\n") ? yamlText.length - 1 : yamlText.length;
	for (let start = 0; start <= last; ) {
		const newline = yamlText.indexOf("\n", start);
		const end = newline === -1 || newline > last ? last : newline;
		const colon = yamlText.indexOf(":", start);
		if (colon === -1 || colon >= end) return undefined;
		const key = yamlText.slice(start, colon);
		if (!KEY.test(key)) return undefined;
		let text = "";
		if (colon + 1 < end) {
			// A line separator (U+2028, U+2029) inside a value is for the parser.
			if (yamlText.charCodeAt(colon + 1) !== 0x20) return undefined;
			let from = colon + 1;
			while (yamlText.charCodeAt(from) === 0x20) from++;
			text = yamlText.slice(from, end);
			if (text.includes("\u2028") || text.includes("\u2029")) return undefined;
			text = text.trimEnd();
		}
		// A repeated key is an error for the parser to word; `__proto__` is for it to handle.
		if (key === "__proto__" || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
		const parsed = value(text);
		if (parsed === NOT_SIMPLE) return undefined;
		data[key] = parsed;
		start = end + 1;
	}
	return data;
}
