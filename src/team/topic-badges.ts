import { baseName } from "../core/note-store";
import { splitNoteLines } from "./note-lines";
import { findTopicsBlock } from "./topics-block";
import type { TopicsPublishStyle } from "./team-settings";

/**
 * A label as one path segment of a shields.io static badge. shields.io reads `-` as the separator
 * and `_` as a space, so literal ones are doubled (`--`, `__`) and spaces become `_`; the rest
 * (Hangul, `#`, `/`, `?`, `%`) is percent-encoded.
 */
export function shieldsLabel(label: string): string {
	const escaped = label.replace(/_/g, "__").replace(/-/g, "--").replace(/ /g, "_");
	return encodeURIComponent(escaped);
}

/** `#ff0000` and `ff0000` both mean the hex colour; a name like `red` stays a name. */
export function shieldsColor(color: string): string {
	const clean = color.trim().replace(/^#/, "");
	return encodeURIComponent(clean === "" ? "red" : clean);
}

export function badgeImageUrl(label: string, color: string): string {
	return `https://img.shields.io/badge/-${shieldsLabel(label)}-${shieldsColor(color)}`;
}

/** Text for HTML, with `{` and `}` as entities too so that Jekyll's Liquid never sees a tag. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, "&amp;")
		.replace(/</g, "&lt;")
		.replace(/>/g, "&gt;")
		.replace(/"/g, "&quot;")
		.replace(/\{/g, "&#123;")
		.replace(/\}/g, "&#125;");
}

export interface TopicLink {
	/** The link target as written: `Optimization`, `Computer Science/Big-O 표기법`. */
	target: string;
	/** What the reader sees: the alias, else the note's name. */
	label: string;
}

/** The wiki-links of a topics block, in order. */
export function topicLinksIn(blockText: string): TopicLink[] {
	const links: TopicLink[] = [];
	for (const match of blockText.matchAll(/\[\[([^\]|#^]+)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g)) {
		const target = match[1].trim();
		const alias = match[2]?.trim();
		links.push({ target, label: alias || baseName(`${target}.md`) });
	}
	return links;
}

/**
 * The post URL of a topic (e.g. `{% post_url 2021-08-10-optimization %}`), or null when the
 * topic is not published: then it shows as plain text, as unpublished links do everywhere.
 */
export type TopicUrlResolver = (target: string) => string | null;

export function renderTopicBadges(links: readonly TopicLink[], color: string, resolveUrl: TopicUrlResolver): string {
	const items = links.map((link) => {
		const label = escapeHtml(link.label);
		const url = resolveUrl(link.target);
		if (url === null) return label;
		const image = `<img src="${badgeImageUrl(link.label, color)}" alt="${label}"/>`;
		return `<a href="${url}">${image}</a>`;
	});
	return `<p class="learning-log-topics">${items.join("\n")}</p>`;
}

/**
 * Before a day note is converted: with the badge style, its topics block becomes one paragraph of
 * badge links (HTML the converter leaves alone); with the list style the note stays as it is and
 * the links are converted like any other.
 */
export function renderTopicsBlockForBlog(
	text: string,
	style: TopicsPublishStyle,
	color: string,
	resolveUrl: TopicUrlResolver,
): string {
	if (style !== "badges") return text;
	const lines = splitNoteLines(text);
	const search = findTopicsBlock(lines);
	if (!search.found) return text;
	const first = lines[search.found.startLine];
	const last = lines[search.found.endLine];
	const blockEnd = last.offset + last.text.length;
	const links = topicLinksIn(text.slice(first.offset, blockEnd));
	const html = links.length === 0 ? "" : renderTopicBadges(links, color, resolveUrl);
	return text.slice(0, first.offset) + html + text.slice(blockEnd);
}
