import yaml from "js-yaml";
import { detached } from "./detached-text";
import { readSimpleFrontMatter } from "./simple-front-matter";

export type FrontMatter = Record<string, unknown>;

export interface ParsedNote {
	/** null when the note has no front matter block. */
	frontMatter: FrontMatter | null;
	/** The note after its front matter block (the whole note when there is none, a BOM removed). */
	body: string;
	/** The raw block including the `---` fences and the newline after them ("" when absent). */
	rawBlock: string;
}

export class FrontMatterError extends Error {
	constructor(
		readonly path: string,
		readonly reason: string,
	) {
		super(`Broken front matter in ${path}: ${reason}`);
		this.name = "FrontMatterError";
	}
}

/** Front matter is a handful of keys; a block this large is a mistake or an attack, never a note's properties. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/**
 * YAML aliases share one value, so a few hundred bytes (`a: &a [x, x]`, `b: &b [*a, *a]`, …) can
 * stand for billions of nodes once anything walks them. Counting the nodes as written out bounds
 * that, whatever the nesting.
 */
export const MAX_FRONT_MATTER_NODES = 20_000;
const MAX_DEPTH = 64;

const BOM = "\uFEFF";
const OPENING = /^---[ \t]*\r?\n/;
// The closing fence: `---` (or YAML's `...`) alone on its line.
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * Splits a note into front matter and body, the way Obsidian reads it: a block that opens on the
 * first line (after a byte-order mark, which editors on Windows add) and closes on a line of its
 * own, LF or CRLF. The YAML is read with the core schema — `date: 2021-08-10 21:30:00 +0900` stays
 * the string the author wrote, no JavaScript types — and bounded in size and in alias expansion, so
 * a hostile note fails alone, at once. Every reader of front matter (publish, library, daily, CLI)
 * goes through here.
 */
export function parseNote(path: string, raw: string): ParsedNote {
	const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
	const opening = OPENING.exec(text);
	if (!opening) return { frontMatter: null, body: text, rawBlock: "" };
	const rest = text.slice(opening[0].length);
	// An empty block closes on the very next line.
	const closing = CLOSING.exec(rest);
	if (!closing) throw new FrontMatterError(path, "the front matter has no closing `---` line");
	// Its own string: what is read from it (a title an index keeps) must not keep the whole note alive.
	const yamlText = detached(rest.slice(0, closing.index));
	if (yamlText.length > MAX_FRONT_MATTER_CHARS) throw new FrontMatterError(path, `the front matter is larger than ${MAX_FRONT_MATTER_CHARS / 1024} KB`);
	let data: unknown;
	try {
		// The usual `key: value` lines are read directly; js-yaml reads the rest, and words every error.
		data = readSimpleFrontMatter(yamlText) ?? yaml.load(yamlText, { schema: yaml.CORE_SCHEMA, filename: path });
	} catch (error) {
		const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
		throw new FrontMatterError(path, reason);
	}
	if (data === null || data === undefined) data = {};
	if (typeof data !== "object" || Array.isArray(data)) {
		throw new FrontMatterError(path, "the front matter is not a set of keys and values");
	}
	if (exceedsBudget(data)) throw new FrontMatterError(path, "the front matter expands to too many values (YAML aliases)");
	const end = opening[0].length + closing.index + closing[0].length;
	return { frontMatter: data as FrontMatter, body: text.slice(end), rawBlock: text.slice(0, end) };
}

/**
 * Walks the value as it would be written out, stopping as soon as it is too large or too deep.
 * Recursion (at most MAX_DEPTH deep) rather than a stack of entries: every note's front matter
 * passes here, and a handful of values should cost no objects.
 */
function exceedsBudget(root: unknown): boolean {
	let nodes = 0;
	const visit = (value: unknown, depth: number): boolean => {
		if (++nodes > MAX_FRONT_MATTER_NODES || depth > MAX_DEPTH) return true;
		if (value === null || typeof value !== "object") return false;
		if (Array.isArray(value)) {
			for (const child of value as unknown[]) if (visit(child, depth + 1)) return true;
			return false;
		}
		for (const key in value) {
			if (Object.prototype.hasOwnProperty.call(value, key) && visit((value as Record<string, unknown>)[key], depth + 1)) return true;
		}
		return false;
	};
	return visit(root, 0);
}
