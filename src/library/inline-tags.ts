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

export function scanInlineTags(body: string): string[] {
	const tags: string[] = [];
	const isFenced = fencedLineReader();
	const text = body.replace(/<!--[\s\S]*?-->/g, " ").replace(/%%[\s\S]*?%%/g, " ");
	for (const line of text.split(/\r?\n/)) {
		if (isFenced(line)) continue;
		for (const match of withoutCodeSpans(line).matchAll(TAG)) {
			const tag = match[2].replace(/\/+$/, "");
			if (tag !== "" && !/^[\d/]+$/.test(tag)) tags.push(tag);
		}
	}
	return tags;
}
