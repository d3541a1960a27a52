/**
 * A bare `https://…` in a post is text on the site (kramdown makes no link of it) but a link in
 * Obsidian. Its colon escaped, `https\://…` is text in both, and publishing drops the escape again,
 * so the post comes back as written. Code spans, HTML and `<…>` autolinks, Liquid, math and
 * markdown links (their text and destination) are left as they are.
 */

const URL_AT = /https?:\/\/\S/y;

/** The index just past a construct starting at `at` that holds no bare URL of prose, or -1. */
function skipConstruct(text: string, at: number): number {
	const char = text[at];
	if (char === "`") {
		let run = at;
		while (text[run] === "`") run++;
		const close = text.indexOf(text.slice(at, run), run);
		return close === -1 ? run : close + (run - at);
	}
	if (char === "<" && /[a-zA-Z/!]/.test(text[at + 1] ?? "")) {
		const close = text.indexOf(">", at);
		const lineEnd = text.indexOf("\n", at);
		return close !== -1 && (lineEnd === -1 || close < lineEnd) ? close + 1 : -1;
	}
	if (char === "{" && (text[at + 1] === "{" || text[at + 1] === "%")) {
		const close = text.indexOf(text[at + 1] === "{" ? "}}" : "%}", at + 2);
		return close === -1 ? -1 : close + 2;
	}
	if (char === "$" && text[at + 1] === "$") {
		const close = text.indexOf("$$", at + 2);
		return close === -1 ? -1 : close + 2;
	}
	if (char === "[") return linkEnd(text, at);
	return -1;
}

/** `[text](destination)` from its `[`: the index past its `)`, or -1 when it is not a link. */
function linkEnd(text: string, open: number): number {
	let depth = 0;
	let at = open;
	for (; at < text.length && text[at] !== "\n"; at++) {
		if (text[at] === "\\") at++;
		else if (text[at] === "[") depth++;
		else if (text[at] === "]" && --depth === 0) break;
	}
	if (text[at] !== "]" || text[at + 1] !== "(") return -1;
	depth = 0;
	for (at += 2; at < text.length && text[at] !== "\n"; at++) {
		if (text[at] === "\\") at++;
		else if (text[at] === "(") depth++;
		else if (text[at] === ")" && depth-- === 0) return at + 1;
	}
	return -1;
}

export function escapeBareUrls(text: string): string {
	const out: string[] = [];
	let copied = 0;
	for (let at = 0; at < text.length; at++) {
		const char = text[at];
		if (char === "\\") {
			at++;
			continue;
		}
		const end = skipConstruct(text, at);
		if (end !== -1) {
			at = end - 1;
			continue;
		}
		if (char !== "h" || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]))) continue;
		URL_AT.lastIndex = at;
		if (!URL_AT.test(text)) continue;
		const colon = text.indexOf(":", at);
		out.push(text.slice(copied, colon), "\\");
		copied = colon;
		at = colon;
	}
	out.push(text.slice(copied));
	return out.join("");
}
