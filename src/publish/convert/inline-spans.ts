/**
 * Where inline spans end, for the inline converter: pure searches over the text that never look
 * past the line or paragraph they belong to, so a run stays linear in the length of the text.
 */

export function lineEnd(text: string, from: number): number {
	const end = text.indexOf("\n", from);
	return end === -1 ? text.length : end;
}

/** Where `needle` occurs on the line of `from`, or -1 (searching no further). */
export function indexOnLine(text: string, needle: string, from: number): number {
	const end = lineEnd(text, from);
	for (let at = from; at + needle.length <= end; at++) if (text.startsWith(needle, at)) return at;
	return -1;
}

/** A code span opened by the backticks at `position`: where its content starts and ends, and the span ends. */
export interface CodeSpan {
	contentStart: number;
	contentEnd: number;
	end: number;
}

/**
 * The code span whose opening backticks start at `position` (closed by a run of exactly as many
 * backticks before `paragraphEnd`); `null` when it is never closed, with `contentStart` the end of
 * the opening run for the caller to move past.
 */
export function findCodeSpan(text: string, position: number, paragraphEnd: number): CodeSpan | { contentStart: number; end: null } {
	let run = position;
	while (text[run] === "`") run++;
	const ticks = text.slice(position, run);
	let search = run;
	while (search < paragraphEnd) {
		const found = text.indexOf(ticks, search);
		if (found === -1 || found >= paragraphEnd) break;
		let after = found + ticks.length;
		if (text[after] !== "`") return { contentStart: run, contentEnd: found, end: after };
		while (text[after] === "`") after++;
		search = after;
	}
	return { contentStart: run, end: null };
}

/**
 * A code span in a table cell as a `<code>` element whose punctuation is all entities (kramdown's
 * table parser re-reads backticks and `\|` inside spans in its own way); null when the span holds
 * neither and can stay as written.
 */
export function tableCodeElement(content: string): string | null {
	if (!content.includes("`") && !content.includes("\\|")) return null;
	const inner = /^ .*[^ ].* $/s.test(content) ? content.slice(1, -1) : content;
	const escaped = inner.replace(/\\\|/g, "|").replace(/[!-/:-@[-`{-~]/g, (char) => `&#${char.charCodeAt(0)};`);
	return `<code>${escaped}</code>`;
}

/** The `]` closing the link label opened by the `[` at `open` (nested brackets, escapes and code skipped), or -1. */
export function labelEnd(text: string, open: number, paragraphEnd: number): number {
	let depth = 0;
	for (let at = open; at < paragraphEnd; at++) {
		const char = text[at];
		if (char === "\\") at++;
		else if (char === "`") at = Math.max(at, text.indexOf("`", at + 1));
		else if (char === "[") depth++;
		else if (char === "]" && --depth === 0) return at;
	}
	return -1;
}

/** Index of the `)` closing a link destination (balanced parentheses, `<…>` allowed), or -1. */
export function destinationEnd(text: string, from: number): number {
	let depth = 0;
	const end = lineEnd(text, from);
	for (let at = from; at < end; at++) {
		const char = text[at];
		if (char === "\\") at++;
		else if (char === "<" && at === from) {
			const close = text.indexOf(">", at);
			if (close === -1 || close > end) return -1;
			at = close;
		} else if (char === "(") depth++;
		else if (char === ")") {
			if (depth === 0) return at;
			depth--;
		}
	}
	return -1;
}

/** The end of a bare URL without the punctuation that follows it in the sentence. */
export function trimUrlEnd(text: string, start: number, end: number): number {
	let last = end;
	for (;;) {
		const char = text[last - 1];
		if (/[.,:;!?*_~'"]/.test(char)) last--;
		else if (char === ")") {
			const url = text.slice(start, last);
			const opens = url.split("(").length - 1;
			const closes = url.split(")").length - 1;
			if (closes > opens) last--;
			else break;
		} else break;
	}
	return last;
}
