/**
 * Links to notes whose names hold what ends or splits a wiki-link. Obsidian reads `[[` … up to the
 * first `]]`, splits at `|` and takes `#` / `^` as a heading or block: single brackets inside a
 * name (`2021-08-17 [boostcourse] Day12 학습기록`) still link, but a name ending in `]`, or holding
 * `]]`, `#` or `^`, does not. Those get a markdown link with an encoded path, which Obsidian (and
 * the publishing converter) resolve whatever the name holds.
 */
const BREAKS_WIKI_LINK = /[|#^]|\[\[|\]\]|\]$/;

/** Whether `[[text]]` (or `[[text|…]]`) reaches the note named or pathed by `text`. */
export function isWikiLinkSafe(text: string): boolean {
	return !BREAKS_WIKI_LINK.test(text);
}

// What a markdown link destination cannot hold as written.
const ENCODED: Readonly<Record<string, string>> = { " ": "%20", "%": "%25", "(": "%28", ")": "%29", "[": "%5B", "]": "%5D", "#": "%23", "^": "%5E", "|": "%7C", "<": "%3C", ">": "%3E" };

/** `Daily/2021-08-17 [x].md` → `Daily/2021-08-17%20%5Bx%5D.md` (letters, Hangul included, stay). */
export function encodeLinkPath(path: string): string {
	return path.replace(/[ %()[\]#^|<>]/g, (char) => ENCODED[char]);
}

/** `[label](path.md#Heading)`; the label's brackets are escaped so it cannot end early. */
export function markdownNoteLink(path: string, label: string, subpath = ""): string {
	const escaped = label.replace(/([\\[\]])/g, "\\$1");
	return `[${escaped}](${encodeLinkPath(path)}${subpath ? `#${encodeLinkPath(subpath)}` : ""})`;
}
