import { fencedLineReader } from "../core/code-fences";

/**
 * `#tags` in a note's body, the way Obsidian finds them: not inside fenced code, code spans or
 * HTML comments, not a heading's `#`, and not all digits (`#1` is not a tag). For the CLI, which
 * has no metadata cache; the plugin uses Obsidian's.
 */
const TAG = /(^|[\s(,])#([\p{L}\p{N}_/-]+)/gu;

function withoutCodeSpans(line: string): string {
	return line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, (span) => " ".repeat(span.length));
}

/** A fence starts with a backtick or tilde after at most three spaces: only such lines need the reader's regex. */
function mayBeFence(text: string, start: number, end: number): boolean {
	for (let i = start; i < end && i <= start + 3; i++) {
		const char = text.charCodeAt(i);
		if (char === 0x60 || char === 0x7e) return true;
		if (char !== 0x20) return false;
	}
	return false;
}

/**
 * The CLI reads every note of the vault for `tree`, so this walks the body once by index: only a
 * line that may be a fence or holds a `#` is cut out as a string of its own, and comments are
 * blanked only when the note has one.
 */
export function scanInlineTags(body: string): string[] {
	const tags: string[] = [];
	if (!body.includes("#")) return tags;
	let text = body;
	if (text.includes("<!--")) text = text.replace(/<!--[\s\S]*?-->/g, " ");
	if (text.includes("%%")) text = text.replace(/%%[\s\S]*?%%/g, " ");
	const isFenced = fencedLineReader();
	let inFence = false;
	let nextHash = text.indexOf("#");
	for (let start = 0; start <= text.length; ) {
		const newline = text.indexOf("\n", start);
		const next = newline === -1 ? text.length + 1 : newline + 1;
		// A \r before the newline may stay on the line: no fence, span or tag rule looks at it.
		const end = newline === -1 ? text.length : newline;
		if (mayBeFence(text, start, end)) {
			const fenced = isFenced(text.slice(start, end));
			// An empty line neither opens nor closes a fence: asking about one tells whether a fence is open.
			inFence = isFenced("");
			if (fenced) {
				start = next;
				continue;
			}
		} else if (inFence) {
			// Only a fence-like line can close a fence: every other line inside one is code.
			start = next;
			continue;
		}
		if (nextHash !== -1 && nextHash < start) nextHash = text.indexOf("#", start);
		if (nextHash !== -1 && nextHash < end) collectTags(text.slice(start, end), tags);
		start = next;
	}
	return tags;
}

function collectTags(line: string, tags: string[]): void {
	for (const match of (line.includes("`") ? withoutCodeSpans(line) : line).matchAll(TAG)) {
		const tag = match[2].replace(/\/+$/, "");
		if (tag !== "" && !/^[\d/]+$/.test(tag)) tags.push(tag);
	}
}
