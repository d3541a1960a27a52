import type { BlogPost } from "./blog-catalogue";
import type { SiteReference } from "./site-references";

/** What the inline rewriting needs to know about the blog and the vault it writes into. */
export interface LinkRewriter {
	post: BlogPost;
	/** The post a reference points at, or null (not a post of this blog). */
	postOf(reference: SiteReference): BlogPost | null;
	/** The site file an image reference points at, when it exists on the site. */
	siteFileOf(reference: SiteReference): string | null;
	/** The wiki-link path of the note that holds `post`. */
	notePath(post: BlogPost): string;
	/** The vault link path of an attachment copied from `sitePath`, referred to as `destination` in the post. */
	attachmentPath(sitePath: string, destination: string): string;
	readReference(destination: string): SiteReference | null;
	/** Something with no exact Obsidian form, left as written. */
	kept(kind: KeptKind, excerpt: string): void;
}

export type KeptKind = "link" | "anchor" | "image";

const SIZE_IAL = /^\{:\s*width="(\d+)"\s*\}/;

/** `[`…`]` with nesting and escapes; -1 when it does not close within the line. */
function closingBracket(text: string, open: number): number {
	let depth = 0;
	for (let at = open; at < text.length && text[at] !== "\n"; at++) {
		const char = text[at];
		if (char === "\\") at++;
		else if (char === "`") {
			const close = text.indexOf("`", at + 1);
			if (close === -1) return -1;
			at = close;
		} else if (char === "[") depth++;
		else if (char === "]" && --depth === 0) return at;
	}
	return -1;
}

/** The `)` that ends a destination starting at `from` (balanced parentheses, Liquid allowed). */
function closingParen(text: string, from: number): number {
	let depth = 0;
	for (let at = from; at < text.length && text[at] !== "\n"; at++) {
		const char = text[at];
		if (char === "\\") at++;
		else if (char === "(") depth++;
		else if (char === ")") {
			if (depth === 0) return at;
			depth--;
		}
	}
	return -1;
}

/** Text that can stand as a wiki-link alias and come back unchanged as link text. */
function isAliasSafe(text: string): boolean {
	return text.trim() === text && text !== "" && !/[|\n]|\]\]|\[\[|\\/.test(text) && !/[[\]]/.test(text);
}

function headingFor(post: BlogPost, anchor: string): string | null {
	if (anchor === "") return "";
	return post.headingIds.get(anchor) ?? null;
}

function rewriteLink(rewriter: LinkRewriter, text: string, destination: string, whole: string): string {
	const reference = rewriter.readReference(destination);
	if (!reference) return whole;
	const target = reference.kind === "anchor" ? rewriter.post : rewriter.postOf(reference);
	if (!target) {
		if (reference.kind !== "address") rewriter.kept("link", whole);
		return whole;
	}
	const heading = headingFor(target, reference.anchor);
	// A heading link must name a heading Obsidian finds; `#` in a heading would split the link.
	if (heading === null || heading.includes("#") || heading.includes("|") || heading.includes("]")) {
		rewriter.kept("anchor", whole);
		return whole;
	}
	if (!isAliasSafe(text)) {
		rewriter.kept("link", whole);
		return whole;
	}
	const path = reference.kind === "anchor" || target === rewriter.post ? "" : rewriter.notePath(target);
	if (path === "" && heading === "") return whole;
	return `[[${path}${heading ? `#${heading}` : ""}|${text}]]`;
}

function rewriteImage(rewriter: LinkRewriter, alt: string, destination: string, after: string, whole: string): { text: string; consumed: number } {
	const reference = rewriter.readReference(destination);
	const sitePath = reference ? rewriter.siteFileOf(reference) : null;
	if (!sitePath) return { text: whole, consumed: 0 };
	const size = SIZE_IAL.exec(after);
	if (/[|[\]\n]/.test(alt) || /^\d+(x\d+)?$/.test(alt)) {
		rewriter.kept("image", whole);
		return { text: whole, consumed: 0 };
	}
	const parts = [rewriter.attachmentPath(sitePath, destination), alt, size?.[1]].filter((part): part is string => part !== undefined && part !== "");
	return { text: `![[${parts.join("|")}]]`, consumed: size ? size[0].length : 0 };
}

/**
 * Rewrites the links and images of a run of prose: links to the blog's posts become wiki-links
 * (with `#Heading` for a heading's id), images under the site become embeds. Code spans and
 * everything not understood are copied as written.
 */
export function rewriteInline(text: string, rewriter: LinkRewriter): string {
	const out: string[] = [];
	let copied = 0;
	for (let at = 0; at < text.length; at++) {
		const char = text[at];
		if (char === "\\") {
			at++;
			continue;
		}
		if (char === "`") {
			let run = at;
			while (text[run] === "`") run++;
			const close = text.indexOf(text.slice(at, run), run);
			at = close === -1 ? run - 1 : close + (run - at) - 1;
			continue;
		}
		if (char !== "[") continue;
		const image = at > 0 && text[at - 1] === "!" && text[at - 2] !== "\\";
		const close = closingBracket(text, at);
		if (close === -1 || text[close + 1] !== "(") continue;
		const end = closingParen(text, close + 2);
		if (end === -1) continue;
		const label = text.slice(at + 1, close);
		const destination = text.slice(close + 2, end);
		const start = image ? at - 1 : at;
		const whole = text.slice(start, end + 1);
		if (image) {
			const rewritten = rewriteImage(rewriter, label, destination, text.slice(end + 1), whole);
			out.push(text.slice(copied, start), rewritten.text);
			copied = end + 1 + rewritten.consumed;
		} else {
			out.push(text.slice(copied, start), rewriteLink(rewriter, label, destination, whole));
			copied = end + 1;
		}
		at = copied - 1;
	}
	out.push(text.slice(copied));
	return out.join("");
}
