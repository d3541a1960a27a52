/**
 * The front matter most notes have, read without the YAML parser: one `key: value` per line, where
 * each value is a word or phrase, text in quotes without escapes, a date, a whole number,
 * true/false/null, or a one-line list of such words and quoted texts. It gives exactly what
 * js-yaml's core schema gives for them (a property test holds it to that); anything else —
 * comments, blank or indented lines, block lists, escapes, colons or hashes in a value — returns
 * undefined and goes to js-yaml. Reading a vault's front matter is most of what listing it costs.
 */

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
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
	const reserved = RESERVED.get(text);
	if (reserved !== undefined || RESERVED.has(text)) return reserved;
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
	const lines = yamlText.endsWith("\n") ? yamlText.slice(0, -1).split("\n") : yamlText.split("\n");
	for (const line of lines) {
		const match = KEY_LINE.exec(line);
		if (!match) return undefined;
		const key = match[1];
		// A repeated key is an error for the parser to word; `__proto__` is for it to handle.
		if (key === "__proto__" || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
		const parsed = value((match[2] ?? "").trimEnd());
		if (parsed === NOT_SIMPLE) return undefined;
		data[key] = parsed;
	}
	return data;
}
