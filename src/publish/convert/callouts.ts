import type { CalloutStyle } from "../publish-settings";

/** The callout header `[!type]+ Title` on the first line of a blockquote. */
export interface CalloutHeader {
	type: string;
	fold: "" | "+" | "-";
	title: string;
}

const HEADER = /^[ \t]*\[!([^\]\s]+)\]([+-]?)[ \t]*(.*?)[ \t]*$/;

// Obsidian's aliases (help.obsidian.md, Callouts): each maps to the type whose look it shares.
const ALIASES: Record<string, string> = {
	summary: "abstract",
	tldr: "abstract",
	hint: "tip",
	important: "tip",
	check: "success",
	done: "success",
	help: "question",
	faq: "question",
	caution: "warning",
	attention: "warning",
	fail: "failure",
	missing: "failure",
	error: "danger",
	cite: "quote",
};
const KNOWN = new Set(["note", "abstract", "info", "todo", "tip", "success", "question", "warning", "failure", "danger", "bug", "example", "quote"]);

const MINIMAL_MISTAKES: Record<string, string> = {
	note: "notice--info",
	abstract: "notice--primary",
	info: "notice--info",
	todo: "notice--primary",
	tip: "notice--success",
	success: "notice--success",
	question: "notice--warning",
	warning: "notice--warning",
	failure: "notice--danger",
	danger: "notice--danger",
	bug: "notice--danger",
	example: "notice--primary",
	quote: "notice",
};

const CHIRPY: Record<string, string> = {
	tip: "prompt-tip",
	success: "prompt-tip",
	question: "prompt-warning",
	warning: "prompt-warning",
	failure: "prompt-danger",
	danger: "prompt-danger",
	bug: "prompt-danger",
};

/** Keeps a nested minimal-mistakes notice at its parent notice's size. */
export const NESTED_NOTICE_STYLE = "font-size: inherit !important";

export function parseCalloutHeader(firstLine: string): CalloutHeader | null {
	const match = HEADER.exec(firstLine);
	if (!match) return null;
	return { type: match[1], fold: match[2] as CalloutHeader["fold"], title: match[3] };
}

/** The Obsidian type a callout is shown as: aliases mapped, unknown types shown as `note`. */
export function canonicalType(type: string): string {
	const lower = type.toLowerCase();
	const mapped = ALIASES[lower] ?? lower;
	return KNOWN.has(mapped) ? mapped : "note";
}

/** The default title Obsidian shows: the type as written, first letter capitalised. */
export function defaultTitle(type: string): string {
	return type.charAt(0).toUpperCase() + type.slice(1).toLowerCase();
}

function withQuotePrefix(markdown: string): string {
	return markdown
		.split("\n")
		.map((line) => (line.trim() === "" ? ">" : `> ${line}`))
		.join("\n");
}

/**
 * One element of the chosen theme holding the title and every body line. Block HTML gets
 * `markdown="1"` so kramdown still converts the body; foldable callouts become `<details>`.
 */
export function renderCallout(style: CalloutStyle, header: CalloutHeader, title: string, body: string, nested = false): string {
	const type = canonicalType(header.type);
	const trimmedBody = body.replace(/^\s*\n/, "").replace(/\s+$/, "");
	const bodyPart = trimmedBody === "" ? "" : `\n${trimmedBody}\n`;
	const className =
		style === "minimal-mistakes" ? MINIMAL_MISTAKES[type] : style === "chirpy" ? (CHIRPY[type] ?? "prompt-info") : `callout callout-${type}`;
	// minimal-mistakes sets every notice to 0.75em !important, so a notice inside a notice shrinks
	// to about half the text size; only an inline !important can keep it at its parent's size.
	const attributes = nested && style === "minimal-mistakes" ? ` style="${NESTED_NOTICE_STYLE}"` : "";
	if (header.fold !== "") {
		const open = header.fold === "+" ? " open" : "";
		return `<details class="${className}"${attributes}${open} markdown="1">\n<summary markdown="span">${title}</summary>\n${bodyPart}\n</details>\n`;
	}
	if (style === "chirpy") {
		return `${withQuotePrefix(`**${title}**${trimmedBody === "" ? "" : `\n\n${trimmedBody}`}`)}\n{: .${className} }\n`;
	}
	const titleLine = style === "html" ? `<p class="callout-title" markdown="span">${title}</p>\n` : `**${title}**\n`;
	return `<div class="${className}"${attributes} markdown="1">\n${titleLine}${bodyPart}\n</div>\n`;
}
