import yaml from "js-yaml";
import { boundedMemo } from "./bounded-memo";

export type FrontMatterValue = string | number | boolean | null | Date | FrontMatterValue[] | { [key: string]: FrontMatterValue };

export interface WriteOptions {
	/** Keys whose string value is always double-quoted (titles: `[x] y` or `a: b` would break YAML). */
	alwaysQuote?: readonly string[];
}

// `2021-08-10`, `2021-08-10 21:30:00 +0900`, `2021-08-10T21:30:00+09:00`: Jekyll reads these unquoted.
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?(?:[+-]\d{2}:?\d{2}|Z))?)?$/;
// Plain scalars that YAML would read as something other than the same string.
const AMBIGUOUS = /^(?:true|false|yes|no|on|off|null|~|y|n|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

function checkPlainSafe(text: string): boolean {
	if (text === "" || text !== text.trim() || AMBIGUOUS.test(text)) return false;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
	if (/[:#]/.test(text)) return false;
	// Control characters (newlines, tabs, …) only survive inside double quotes.
	if ([...text].some((char) => char.charCodeAt(0) < 0x20 || char === "\u007f")) return false;
	// Last word to the parser: `0.`, `0b101`, `+.inf` and other numbers the list above misses.
	return readsAsSameString(text);
}

// Keys and tags repeat across thousands of posts; the parser's verdict on each text is kept.
const isPlainSafe = boundedMemo(checkPlainSafe);

function readsAsSameString(text: string): boolean {
	try {
		return yaml.load(text, { schema: yaml.CORE_SCHEMA }) === text;
	} catch {
		return false;
	}
}

function scalar(value: string | number | boolean | null | Date, quote: boolean): string {
	if (value === null) return "null";
	if (value instanceof Date) return value.toISOString();
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
	if (typeof value === "boolean") return value ? "true" : "false";
	if (!quote && (DATE_LIKE.test(value) || isPlainSafe(value))) return value;
	// A JSON string is a valid YAML double-quoted scalar.
	return JSON.stringify(value);
}

function writeValue(value: FrontMatterValue, indent: string, quote: boolean): string {
	if (Array.isArray(value)) {
		// An empty list is `[]` on the key's line: `- []` would be a list holding an empty list.
		if (value.length === 0) return " []";
		return value.map((item) => `\n${indent}-${writeValue(item, `${indent}  `, false)}`).join("");
	}
	if (value !== null && typeof value === "object" && !(value instanceof Date)) {
		const entries = Object.entries(value);
		if (entries.length === 0) return " {}";
		return entries.map(([key, item]) => `\n${indent}${writeKey(key)}:${writeValue(item, `${indent}  `, false)}`).join("");
	}
	return ` ${scalar(value, quote)}`;
}

function writeKey(key: string): string {
	return isPlainSafe(key) ? key : JSON.stringify(key);
}

/**
 * Writes front matter the way Jekyll users write it by hand (block lists, unquoted dates), quoting
 * only where YAML needs it, then parses each entry back: what we write always reads as meant.
 */
export function writeFrontMatter(data: Record<string, FrontMatterValue>, options: WriteOptions = {}): string {
	const quoted = new Set(options.alwaysQuote ?? []);
	const entries: string[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (value === undefined) continue;
		const entry = `${writeKey(key)}:${writeValue(value, "  ", quoted.has(key))}`;
		assertReadsBack(entry, key, value);
		entries.push(entry);
	}
	const body = entries.join("\n");
	return `---\n${body}${body ? "\n" : ""}---\n`;
}

function normalise(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString();
	if (Array.isArray(value)) return value.map(normalise);
	if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
	return value;
}

// Printable characters a YAML double-quoted scalar holds as they are (no surrogates, no BOM, no
// C1 controls): a JSON string of only these has no escapes but `\"` and `\\`, which YAML reads alike.
const QUOTABLE_AS_JSON = /^[\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;

/**
 * Each entry is a block of its own (a key at the line start, anything more indented under it, no
 * raw line breaks in any scalar), so reading the entries one by one reads the whole block. Titles
 * and dates, different in every post, are checked without the parser where their form settles it.
 */
function assertReadsBack(entry: string, key: string, value: FrontMatterValue): void {
	if (typeof value === "string" && isPlainSafe(key)) {
		if (entry === `${key}: ${value}` && DATE_LIKE.test(value)) return;
		if (entry === `${key}: ${JSON.stringify(value)}` && QUOTABLE_AS_JSON.test(value)) return;
	}
	if (readEntry(entry) !== JSON.stringify(normalise({ [key]: value }))) {
		throw new Error("Front matter could not be written so that it reads back unchanged.");
	}
}

/** What an entry reads back as, in the form compared (entries such as tag lists repeat across posts). */
const readEntry = boundedMemo((entry) => JSON.stringify(normalise(yaml.load(entry, { schema: yaml.CORE_SCHEMA }) ?? {})));
