import { scanBlocks } from "../publish/convert/scanner";
import { escapeBareUrls } from "./bare-urls";
import type { BlogPost } from "./blog-catalogue";
import { rewriteInline, type KeptKind, type LinkRewriter } from "./reverse-links";
import { noticesToCallouts } from "./theme-notices";

/** Something of a post that has no exact Obsidian form and stays in the note as written. */
export interface KeptItem {
	kind: KeptKind | "liquid" | "html" | "include";
	excerpt: string;
}

export interface ImportedNote {
	text: string;
	/** Notices and prompts that became callouts. */
	callouts: number;
	kept: KeptItem[];
}

// Block kinds whose text the publisher converts; code, comments and display math stay byte for byte.
const CONVERTED_KINDS = new Set(["prose", "heading", "table", "quote"]);
const TAG_LIKE = /(^|\s)#(?=[\p{L}\p{N}_])/gu;

/** `publish: true` added as the last key, the author's block otherwise byte for byte. */
export function frontMatterWithPublish(rawBlock: string, hasPublishKey: boolean): string {
	if (hasPublishKey) return rawBlock;
	const eol = rawBlock.includes("\r\n") ? "\r\n" : "\n";
	return rawBlock.replace(/(\r?\n)(---[ \t]*(?:\r?\n|$))$/, `$1publish: true${eol}$2`);
}

/**
 * `#word` in a post is text; in a note it is a tag the publisher would move into the front
 * matter. Escaped, it stays text in Obsidian and on the site (`\#` renders `#`). Code spans and
 * kramdown attribute lists (`{: #id}`) are left alone.
 */
function escapeTagLikeText(text: string): string {
	const out: string[] = [];
	let copied = 0;
	const codeSpans: Array<[number, number]> = [];
	for (const match of text.matchAll(/(`+)[\s\S]*?\1/g)) codeSpans.push([match.index, match.index + match[0].length]);
	for (const match of text.matchAll(TAG_LIKE)) {
		const at = match.index + match[1].length;
		if (codeSpans.some(([start, end]) => at >= start && at < end)) continue;
		const lineStart = text.lastIndexOf("\n", at) + 1;
		const before = text.slice(lineStart, at);
		const brace = before.lastIndexOf("{:");
		if (brace !== -1 && !before.includes("}", brace)) continue;
		const name = /^#([\p{L}\p{N}\p{M}_/-]+)/u.exec(text.slice(at))?.[1] ?? "";
		if (/^[\d/]+$/.test(name)) continue;
		out.push(text.slice(copied, at), "\\");
		copied = at;
	}
	out.push(text.slice(copied));
	return out.join("");
}

function collectKept(body: string, kept: KeptItem[]): void {
	for (const block of scanBlocks(body)) {
		if (block.kind === "fence" || block.kind === "indented-code") continue;
		const text = block.lines.join("");
		for (const match of text.matchAll(/\{%-?\s*include\b[^%]*%\}/g)) kept.push({ kind: "include", excerpt: match[0] });
		for (const match of text.matchAll(/\{%(?!-?\s*(?:include|post_url|link)\b)[^%]*%\}|\{\{[^}]*\}\}/g)) kept.push({ kind: "liquid", excerpt: match[0] });
		for (const match of text.matchAll(/^ {0,3}<(?!!--)([a-zA-Z][a-zA-Z0-9-]*)\b[^\n]*/gm)) kept.push({ kind: "html", excerpt: match[0].slice(0, 80) });
		// `[ref]: {% post_url … %}`: Obsidian has no wiki form for a reference-style link; it stays, and runs on the site.
		for (const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(?:\{[{%]|\/)[^\n]*/gm)) kept.push({ kind: "link", excerpt: match[0].trim() });
	}
}

/**
 * A post back into the note its author would have written in Obsidian: the front matter as
 * written plus `publish: true`, notices as callouts, links to posts as wiki-links, site images as
 * embeds; everything else (Liquid, HTML, math, code) exactly as it was.
 */
export function postToNote(post: BlogPost, rewriter: Omit<LinkRewriter, "post" | "kept">): ImportedNote {
	const kept: KeptItem[] = [];
	const notices = noticesToCallouts(post.body);
	const full: LinkRewriter = { ...rewriter, post, kept: (kind, excerpt) => kept.push({ kind, excerpt }) };
	const body = scanBlocks(notices.text)
		.map((block) => {
			const text = block.lines.join("");
			if (!CONVERTED_KINDS.has(block.kind)) return text;
			return escapeTagLikeText(rewriteInline(escapeBareUrls(text), full));
		})
		.join("");
	collectKept(body, kept);
	const hasPublishKey = Object.keys(post.frontMatter).some((key) => key.toLowerCase() === "publish");
	return { text: `${frontMatterWithPublish(post.rawFrontMatter, hasPublishKey)}${body}`, callouts: notices.converted, kept };
}
