import { fencedLineReader } from "../core/code-fences";

/**
 * `#tags` in a note's body, the way Obsidian finds them: not inside fenced code, code spans or
 * HTML comments, not a heading's `#`, and not all digits (`#1` is not a tag). For the CLI, which
 * has no metadata cache; the plugin uses Obsidian's.
 */
const TAG = /(^|[\s(,])#([\p{L}\p{N}_/-]+)/gu;
const ALL_DIGITS = /^[\d/]+$/;

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

/** Where the next `%%` outside the HTML comments is, from `from`; html is [start, end) pairs in order. */
function percentsOutside(text: string, html: readonly number[], from: number, cursor: { at: number }): number {
	for (let at = text.indexOf("%%", from); at !== -1; at = text.indexOf("%%", at + 1)) {
		while (cursor.at < html.length && html[cursor.at + 1] <= at) cursor.at += 2;
		// A `%%` is wholly inside a comment or wholly outside: a comment starts with `<` and ends with `>`.
		if (cursor.at < html.length && html[cursor.at] <= at) continue;
		return at;
	}
	return -1;
}

/**
 * The comments `.replace(/<!--[\s\S]*?-->/g, " ").replace(/%%[\s\S]*?%%/g, " ")` would blank, as
 * [start, end) pairs of the body, in order, none inside another: the scan reads around them instead
 * of copying the whole note. A `%%` inside an HTML comment is gone before `%%` pairs are looked
 * for; an HTML comment inside a `%%` pair goes with it.
 */
function commentRanges(text: string): number[] {
	const html: number[] = [];
	for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", html[html.length - 1])) {
		const close = text.indexOf("-->", open + 4);
		if (close === -1) break;
		html.push(open, close + 3);
	}
	const ranges: number[] = [];
	const cursor = { at: 0 };
	let htmlIndex = 0;
	for (let open = percentsOutside(text, html, 0, cursor); open !== -1; ) {
		const close = percentsOutside(text, html, open + 2, cursor);
		if (close === -1) break;
		// The HTML comments before this pair stay; those inside it go with it.
		for (; htmlIndex < html.length && html[htmlIndex] < open; htmlIndex += 2) ranges.push(html[htmlIndex], html[htmlIndex + 1]);
		for (; htmlIndex < html.length && html[htmlIndex] < close; htmlIndex += 2);
		ranges.push(open, close + 2);
		open = percentsOutside(text, html, close + 2, cursor);
	}
	for (; htmlIndex < html.length; htmlIndex += 2) ranges.push(html[htmlIndex], html[htmlIndex + 1]);
	return ranges;
}

const NO_COMMENTS: readonly number[] = [];

/**
 * The CLI reads every note of the vault for `tree`, so this walks the body once by index: only a
 * line that may be a fence or holds a `#` is cut out as a string of its own. A line a comment
 * touches is put together as the blanked text has it (each comment one space, so the lines around
 * one that spans lines join); the rest of the note is never copied.
 */
export function scanInlineTags(body: string): string[] {
	const tags: string[] = [];
	if (!body.includes("#")) return tags;
	const comments = body.includes("<!--") || body.includes("%%") ? commentRanges(body) : NO_COMMENTS;
	let comment = 0;
	const isFenced = fencedLineReader();
	let inFence = false;
	let nextHash = body.indexOf("#");
	let nextTicks = body.indexOf("```");
	let nextTildes = body.indexOf("~~~");
	for (let start = 0; start <= body.length; ) {
		// Only a line with a `#`, a fence's three backticks or tildes, or a comment can matter: the
		// lines before the next of those are passed over at once (none of them opens or closes a
		// fence, holds a tag or joins another line).
		if (nextHash !== -1 && nextHash < start) nextHash = body.indexOf("#", start);
		if (nextHash === -1) break;
		if (nextTicks !== -1 && nextTicks < start) nextTicks = body.indexOf("```", start);
		if (nextTildes !== -1 && nextTildes < start) nextTildes = body.indexOf("~~~", start);
		let next = nextHash;
		if (nextTicks !== -1 && nextTicks < next) next = nextTicks;
		if (nextTildes !== -1 && nextTildes < next) next = nextTildes;
		if (comment < comments.length && comments[comment] < next) next = comments[comment];
		if (next > start) start = body.lastIndexOf("\n", next - 1) + 1;
		let newline = body.indexOf("\n", start);
		// A \r before the newline may stay on the line: no fence, span or tag rule looks at it.
		let end = newline === -1 ? body.length : newline;
		let joined: string | null = null;
		if (comment < comments.length && comments[comment] <= end) {
			joined = "";
			let from = start;
			while (comment < comments.length && comments[comment] <= end) {
				joined += `${body.slice(from, comments[comment])} `;
				from = comments[comment + 1];
				comment += 2;
				// The comment took the newline with it: the line goes on to the next one after it.
				if (from > end) {
					newline = body.indexOf("\n", from);
					end = newline === -1 ? body.length : newline;
				}
			}
			joined += body.slice(from, end);
		}
		const following = newline === -1 ? body.length + 1 : newline + 1;
		const maybeFence = joined === null ? mayBeFence(body, start, end) : mayBeFence(joined, 0, joined.length);
		if (maybeFence) {
			const fenced = isFenced(joined ?? body.slice(start, end));
			// An empty line neither opens nor closes a fence: asking about one tells whether a fence is open.
			inFence = isFenced("");
			if (fenced) {
				start = following;
				continue;
			}
		} else if (inFence) {
			// Only a fence-like line can close a fence: every other line inside one is code.
			start = following;
			continue;
		}
		if (joined !== null) {
			if (joined.includes("#")) collectTags(joined, tags);
		} else {
			if (nextHash !== -1 && nextHash < start) nextHash = body.indexOf("#", start);
			if (nextHash !== -1 && nextHash < end) collectTags(body.slice(start, end), tags);
		}
		start = following;
	}
	return tags;
}

function collectTags(line: string, tags: string[]): void {
	const text = line.includes("`") ? withoutCodeSpans(line) : line;
	// exec on the one global expression, not matchAll: no copy of the expression and no iterator per line.
	TAG.lastIndex = 0;
	for (let match = TAG.exec(text); match !== null; match = TAG.exec(text)) {
		const name = match[2];
		const tag = name.endsWith("/") ? name.replace(/\/+$/, "") : name;
		if (tag !== "" && !ALL_DIGITS.test(tag)) tags.push(tag);
	}
}
