import { markdownNoteLink, isWikiLinkSafe } from "../core/note-link";
import { baseName } from "../core/note-store";
import { dominantEol, splitNoteLines, type NoteLine } from "./note-lines";

// HTML comments: hidden in Obsidian's reading view, left untouched by the publisher and invisible
// in the blog's HTML, so the block can be found again in the note and in the post.
export const TOPICS_BLOCK_START = "<!-- learning-log:topics -->";
export const TOPICS_BLOCK_END = "<!-- /learning-log:topics -->";

/** Headings under which a new block goes, as the built-in templates name the section. */
export const TOPICS_HEADINGS = ["학습 내용", "What I learned"];

/**
 * Link texts over one vault: the shortest text that still names one note, i.e. the name, or the
 * path when names repeat. The names are counted once, so linking many notes stays linear.
 */
export function linkTexter(allMarkdownPaths: readonly string[]): (path: string) => string {
	const counts = new Map<string, number>();
	for (const other of allMarkdownPaths) {
		const key = baseName(other).normalize("NFC");
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return (path) => {
		const name = baseName(path);
		return (counts.get(name.normalize("NFC")) ?? 0) > 1 ? path.replace(/\.md$/i, "") : name;
	};
}

export function linkTextFor(path: string, allMarkdownPaths: readonly string[]): string {
	return linkTexter(allMarkdownPaths)(path);
}

/**
 * `[[Optimization]]`; a name a wiki-link cannot reach (`C#`, `Day1 [x]`) gets a markdown link to
 * the same note, which Obsidian resolves the same way (a link text is a name or a path without `.md`).
 */
function topicLink(linkText: string): string {
	if (isWikiLinkSafe(linkText)) return `[[${linkText}]]`;
	return markdownNoteLink(`${linkText}.md`, linkText.slice(linkText.lastIndexOf("/") + 1));
}

/**
 * The marked block listing the topics as links, one per line. The blank line before the end
 * marker ends the list for kramdown, which would otherwise take the marker (and any list the user
 * writes after it) into the last item.
 */
export function renderTopicsBlock(linkTexts: readonly string[], eol = "\n"): string {
	const items = linkTexts.map((link) => `- ${topicLink(link)}`);
	return [TOPICS_BLOCK_START, ...items, ...(items.length > 0 ? [""] : []), TOPICS_BLOCK_END].join(eol);
}

export interface BlockLocation {
	startLine: number;
	endLine: number;
}

export type BlockSearch = { found: BlockLocation } | { found: null; broken: boolean };

/** The first marked block outside code; `broken` when a start marker has no end (or the reverse). */
export function findTopicsBlock(lines: readonly NoteLine[]): BlockSearch {
	const isMarker = (line: NoteLine, marker: string) => !line.literal && line.text.trim() === marker;
	const start = lines.findIndex((line) => isMarker(line, TOPICS_BLOCK_START));
	const firstEnd = lines.findIndex((line) => isMarker(line, TOPICS_BLOCK_END));
	if (start === -1) return { found: null, broken: firstEnd !== -1 };
	const end = lines.findIndex((line, index) => index > start && isMarker(line, TOPICS_BLOCK_END));
	if (end === -1) return { found: null, broken: true };
	return { found: { startLine: start, endLine: end } };
}

export type TopicsUpdate =
	| { status: "updated" | "unchanged" | "inserted-under-heading" | "appended"; text: string }
	| { status: "broken-block"; text: string };

function findTopicsHeading(lines: readonly NoteLine[]): number {
	return lines.findIndex((line) => {
		if (line.literal) return false;
		const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line.text);
		return heading !== null && TOPICS_HEADINGS.includes(heading[1].trim());
	});
}

/**
 * Puts the topic list into the note. An existing block is replaced and nothing else changes, byte
 * for byte; without a block, one goes right under the "학습 내용" / "What I learned" heading, or at
 * the end of the note. A half-deleted block (one marker left) is never guessed at: the note is
 * returned as it was, with status "broken-block".
 */
export function putTopicsBlock(text: string, linkTexts: readonly string[]): TopicsUpdate {
	const eol = dominantEol(text);
	const block = renderTopicsBlock(linkTexts, eol);
	const lines = splitNoteLines(text);
	const search = findTopicsBlock(lines);
	if (search.found) {
		const first = lines[search.found.startLine];
		const last = lines[search.found.endLine];
		const before = text.slice(0, first.offset);
		const after = text.slice(last.offset + last.text.length);
		const updated = before + block + after;
		return { status: updated === text ? "unchanged" : "updated", text: updated };
	}
	if (search.broken) return { status: "broken-block", text };

	const heading = findTopicsHeading(lines);
	if (heading !== -1) {
		const line = lines[heading];
		const insertAt = line.offset + line.text.length + line.eol.length;
		const lead = line.eol === "" ? eol + eol : eol;
		const next = lines[heading + 1];
		const trail = next && next.text.trim() !== "" ? eol + eol : eol;
		const updated = text.slice(0, insertAt) + lead + block + trail + text.slice(insertAt);
		return { status: "inserted-under-heading", text: updated };
	}
	const separator = text === "" ? "" : /(\r\n|\n|\r)$/.test(text) ? eol : eol + eol;
	return { status: "appended", text: text + separator + block + eol };
}
