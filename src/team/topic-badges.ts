import { splitNoteLines } from "./note-lines";
import { findTopicsBlock } from "./topics-block";
import type { TeamSettings } from "./team-settings";

/** What the converter needs to know about the topics block: the team settings' two options. */
export type TopicsOnBlog = Pick<TeamSettings, "topicsPublishStyle" | "badgeColor">;

/**
 * A label as one path segment of a shields.io static badge. shields.io reads `-` as the separator
 * and a single `_` as a space, so literal ones are doubled (`--`, `__`). Spaces are sent as `%20`
 * rather than `_`: "a _ b" written with `_` for spaces would read back as "a__b". Everything else
 * (Hangul, `#`, `/`, `?`, `%`) is percent-encoded.
 */
export function shieldsLabel(label: string): string {
	return encodeURIComponent(label.replace(/_/g, "__").replace(/-/g, "--"));
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

/** A topic as the published post has it: its label, and its post's URL when it is published. */
export interface PublishedTopic {
	label: string;
	/** Already a URL or the converter's Liquid for one (`{% post_url … %}`); null: not published. */
	url: string | null;
}

/** One paragraph of badge links; a topic without a post shows as plain text, as everywhere else. */
export function renderTopicBadges(topics: readonly PublishedTopic[], color: string): string {
	const items = topics.map((topic) => {
		const label = escapeHtml(topic.label);
		if (topic.url === null) return label;
		return `<a href="${topic.url}"><img src="${badgeImageUrl(topic.label, color)}" alt="${label}"/></a>`;
	});
	return `<p class="learning-log-topics">${items.join("\n")}</p>`;
}

/** Markdown link text back to plain text: escapes and the converter's Liquid protection undone. */
function plainLabel(text: string): string {
	return text
		.replace(/\{\{ "(\{\{|\{%)" \}\}/g, "$1")
		.replace(/\\([\\[\]|*_`#])/g, "$1")
		.trim();
}

const LINK_ITEM = /^\s*[-*+]\s+\[((?:\\.|[^\\\]])*)\]\((.*)\)\s*$/;
const TEXT_ITEM = /^\s*[-*+]\s+(.*\S)\s*$/;

/** The topics of a converted block: `- [label](url)` items are published, `- label` items are not. */
export function topicsOfConvertedBlock(lines: readonly string[]): PublishedTopic[] {
	return lines.flatMap((line): PublishedTopic[] => {
		const link = LINK_ITEM.exec(line);
		if (link) return [{ label: plainLabel(link[1]), url: link[2].trim() }];
		const text = TEXT_ITEM.exec(line);
		return text ? [{ label: plainLabel(text[1]), url: null }] : [];
	});
}

/**
 * The last step of converting a day note when topics are published as badges: the marked block,
 * whose links the converter has already resolved (post URL, or plain text for a note that is not
 * published), becomes one paragraph of badge links. Everything outside the block stays as it is.
 */
export function applyTopicBadges(post: string, topics: TopicsOnBlog | undefined): string {
	if (topics?.topicsPublishStyle !== "badges") return post;
	const lines = splitNoteLines(post);
	const search = findTopicsBlock(lines);
	if (!search.found) return post;
	const first = lines[search.found.startLine];
	const last = lines[search.found.endLine];
	const inner = lines.slice(search.found.startLine + 1, search.found.endLine).map((line) => line.text);
	const found = topicsOfConvertedBlock(inner);
	const html = found.length === 0 ? "" : renderTopicBadges(found, topics.badgeColor);
	return post.slice(0, first.offset) + html + post.slice(last.offset + last.text.length);
}
