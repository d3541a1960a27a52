import { boundedMemo } from "../../core/bounded-memo";
import { stripEol, type Block } from "./scanner";

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]/;

/**
 * `^id` at the end of a line (a line holds one text, no line ending): after a space, or glued to
 * what closes inline content — an embed or link (`]]`, `](…)`, a converted embed's marker), code,
 * emphasis, a highlight, an HTML tag. `x^2` or `(a+b)^2` is not an id. Returns where `^` is.
 */
export function findBlockId(line: string): { at: number; id: string } | null {
	const match = /\^([A-Za-z0-9-]+)[ \t]*$/.exec(line);
	if (!match) return null;
	const before = line.slice(0, match.index);
	const previous = before.slice(-1);
	const glued = /[\]}*_`=~>\uFDD7]/.test(previous) || (previous === ")" && before.includes("]("));
	return previous === "" || /[ \t]/.test(previous) || glued ? { at: match.index, id: match[1] } : null;
}

/**
 * Obsidian matches heading links loosely: case, spacing and most punctuation do not matter. The
 * same headings (`개요`, `정리`) and heading links recur across thousands of notes.
 */
export const looseHeadingKey = boundedMemo((text) =>
	text
		.normalize("NFC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim(),
);

export function headingContent(line: string): { level: number; text: string } {
	const match = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(stripEol(line));
	return { level: match?.[1].length ?? 1, text: (match?.[2] ?? "").trim() };
}

/** Level and text of a heading block, ATX (`## Title`) or setext (`Title` over `===`). */
export function blockHeading(block: Block): { level: number; text: string } {
	if (block.lines.length === 2) return { level: stripEol(block.lines[1]).trim().startsWith("=") ? 1 : 2, text: stripEol(block.lines[0]).trim() };
	return headingContent(block.lines[0]);
}

/** The section under a heading (heading line included), up to the next heading as high or higher. */
export function extractSection(blocks: readonly Block[], heading: string): string | null {
	const wanted = looseHeadingKey(heading);
	const lines: string[] = [];
	let level = 0;
	for (const block of blocks) {
		if (block.kind === "heading") {
			const current = blockHeading(block);
			if (level > 0 && current.level <= level) break;
			if (level === 0 && looseHeadingKey(current.text) === wanted) level = current.level;
		}
		if (level > 0) lines.push(...block.lines);
	}
	return level > 0 ? lines.join("") : null;
}

/** The paragraph or list item that carries `^id` (outside code). */
export function extractBlock(blocks: readonly Block[], id: string): string | null {
	for (const block of blocks) {
		if (block.kind !== "prose" && block.kind !== "table" && block.kind !== "quote") continue;
		const lines = block.lines;
		const at = lines.findIndex((line) => findBlockId(stripEol(line))?.id === id);
		if (at === -1) continue;
		if (block.kind !== "prose") return lines.join("");
		if (LIST_ITEM.test(lines[at])) return lines[at];
		let start = at;
		while (start > 0 && stripEol(lines[start - 1]).trim() !== "") start--;
		return lines.slice(start, at + 1).join("");
	}
	return null;
}

