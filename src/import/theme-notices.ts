/**
 * Theme notices written by hand in a post, turned into Obsidian callouts: minimal-mistakes'
 * `{: .notice--info}` after a paragraph and `<div class="notice--info" markdown="1">…</div>`,
 * and Chirpy's `> …` quote followed by `{: .prompt-tip }`. Fenced code is never touched.
 */

// The callout type whose publishing gives the same notice class back (see publish/convert/callouts).
const NOTICE_TYPES: Record<string, string> = {
	notice: "quote",
	"notice--primary": "abstract",
	"notice--info": "info",
	"notice--warning": "warning",
	"notice--success": "success",
	"notice--danger": "danger",
};

const PROMPT_TYPES: Record<string, string> = {
	"prompt-info": "info",
	"prompt-tip": "tip",
	"prompt-warning": "warning",
	"prompt-danger": "danger",
};

const NOTICE_IAL = /^\{:\s*\.(notice(?:--[a-z]+)?)\s*\}[ \t]*$/;
const PROMPT_IAL = /^\{:\s*\.(prompt-[a-z]+)\s*\}[ \t]*$/;
const NOTICE_DIV = /^<div class="(notice(?:--[a-z]+)?)"(?: markdown="1")?>[ \t]*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const TITLE_LINE = /^\*\*([^*]+?)\*\*[ \t]*$/;

export interface NoticeResult {
	text: string;
	/** How many notices became callouts. */
	converted: number;
}

function quoted(lines: readonly string[]): string[] {
	return lines.map((line) => (line.trim() === "" ? ">" : `> ${line}`));
}

/** `**Title**` alone on the first line is the notice's title; the rest is its body. */
function callout(type: string, body: readonly string[]): string[] {
	const lines = [...body];
	while (lines.length > 0 && lines[0].trim() === "") lines.shift();
	while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
	const title = TITLE_LINE.exec(lines[0] ?? "");
	if (title) {
		lines.shift();
		while (lines.length > 0 && lines[0].trim() === "") lines.shift();
	}
	return [`> [!${type}]${title ? ` ${title[1]}` : ""}`, ...quoted(lines)];
}

/** The start of the paragraph that ends just above `end` (lines[end - 1] is its last line). */
function paragraphStart(lines: readonly string[], end: number, quote: boolean): number {
	let start = end;
	while (start > 0 && lines[start - 1].trim() !== "" && (!quote || /^ {0,3}>/.test(lines[start - 1]))) start--;
	return start;
}

export function noticesToCallouts(text: string): NoticeResult {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(/\r?\n/);
	const out: string[] = [];
	let converted = 0;
	let fence: string | null = null;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index];
		const fenceMatch = FENCE.exec(line);
		if (fence !== null) {
			if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) fence = null;
			out.push(line);
			continue;
		}
		if (fenceMatch) {
			fence = fenceMatch[1];
			out.push(line);
			continue;
		}
		const div = NOTICE_DIV.exec(line);
		if (div) {
			const close = findDivClose(lines, index + 1);
			if (close !== -1) {
				out.push(...callout(NOTICE_TYPES[div[1]] ?? "note", lines.slice(index + 1, close)));
				converted++;
				index = close;
				continue;
			}
		}
		const notice = NOTICE_IAL.exec(line);
		const prompt = PROMPT_IAL.exec(line);
		if (notice || prompt) {
			const quote = prompt !== null;
			const start = paragraphStart(out, out.length, quote);
			const paragraph = out.slice(start);
			if (paragraph.length > 0 && (!quote || paragraph.every((item) => /^ {0,3}>/.test(item)))) {
				const body = quote ? paragraph.map((item) => item.replace(/^ {0,3}> ?/, "")) : paragraph;
				out.splice(start, paragraph.length, ...callout(quote ? (PROMPT_TYPES[prompt[1]] ?? "info") : (NOTICE_TYPES[notice![1]] ?? "note"), body));
				converted++;
				continue;
			}
		}
		out.push(line);
	}
	return { text: out.join(eol), converted };
}

/** The line of the `</div>` that closes a notice opened above `from` (nested divs counted). */
function findDivClose(lines: readonly string[], from: number): number {
	let depth = 1;
	for (let index = from; index < lines.length; index++) {
		depth += (lines[index].match(/<div\b/g) ?? []).length;
		depth -= (lines[index].match(/<\/div>/g) ?? []).length;
		if (depth <= 0) return lines[index].trim() === "</div>" ? index : -1;
	}
	return -1;
}
