import { lineEnd } from "./inline-spans";

/**
 * Inline math, found the way Obsidian finds it and written the way kramdown reads it. kramdown
 * knows only `$$`: inside text it is inline math, and `$$…$$` that makes up a whole paragraph or
 * list item is display math, unless written `\$$…$$`.
 */

/**
 * The index just past the math that starts at `start` (`$…$` or `$$…$$`), or -1 when the dollar
 * opens no math. Obsidian's rule: `$` followed by a non-space opens; a closer has a non-space
 * before it and no digit after it; the first unescaped `$` decides, so `가격은 $5이고 $10이다`
 * and `$5 and $10` are money, not math. Math never runs past `limit` (the paragraph's end).
 */
export function findMathEnd(text: string, start: number, limit: number): number {
	if (text.startsWith("$$", start)) {
		const close = text.indexOf("$$", start + 2);
		return close === -1 || close >= limit ? -1 : close + 2;
	}
	const first = text[start + 1];
	if (first === undefined || /\s|\$/.test(first)) return -1;
	for (let close = text.indexOf("$", start + 1); close !== -1 && close < limit; close = text.indexOf("$", close + 1)) {
		if (text[close - 1] === "\\") continue;
		if (/\s/.test(text[close - 1]) || /\d/.test(text[close + 1] ?? "")) return -1;
		return close + 1;
	}
	return -1;
}

/** True when text[start, end) is all of its paragraph or list item. */
function isWholeBlock(text: string, start: number, end: number): boolean {
	const lineStart = text.lastIndexOf("\n", start - 1) + 1;
	const before = /^\s*((?:[-*+]|\d{1,9}[.)])\s+)?$/.exec(text.slice(lineStart, start));
	const endOfLine = lineEnd(text, end);
	if (!before || text.slice(end, endOfLine).trim() !== "") return false;
	const nextLine = text.slice(endOfLine + 1, lineEnd(text, endOfLine + 1));
	const previousLine = lineStart === 0 ? "" : text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
	const endsBlock = nextLine.trim() === "" || /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(nextLine);
	return endsBlock && (before[1] !== undefined || previousLine.trim() === "");
}

/**
 * `$x$` (text[start, end)) as kramdown inline math. In a table a `|` would split the cell even
 * inside math, so it becomes `\vert{}`.
 */
export function kramdownInlineMath(text: string, start: number, end: number, inTable: boolean): string {
	let body = text.slice(start + 1, end - 1);
	if (inTable) body = body.replace(/\\?\|/g, "\\vert{}");
	// `\$$` prints a dollar wherever kramdown would not read display math, so only there.
	return `${isWholeBlock(text, start, end) ? "\\" : ""}$$${body}$$`;
}
