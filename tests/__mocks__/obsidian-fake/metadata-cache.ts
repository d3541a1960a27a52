import yaml from "js-yaml";
import { Events } from "./events";
import type { TFile, Vault } from "./vault";

interface Loc {
	line: number;
	col: number;
	offset: number;
}
interface Pos {
	start: Loc;
	end: Loc;
}
/** `My%20Note.md#Heading` → `My Note.md#Heading`, as Obsidian decodes markdown link paths. */
function decodeLinkPath(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

export interface LinkCache {
	link: string;
	original: string;
	displayText?: string;
	position: Pos;
}
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	tags?: { tag: string; position: Pos }[];
	links?: LinkCache[];
	embeds?: LinkCache[];
	headings?: { heading: string; level: number; position: Pos }[];
	blocks?: Record<string, { id: string; position: Pos }>;
	listItems?: { task?: string; parent: number; position: Pos }[];
}

function position(text: string, start: number, end: number): Pos {
	const loc = (offset: number): Loc => {
		const before = text.slice(0, offset);
		const line = before.split("\n").length - 1;
		return { line, col: offset - (before.lastIndexOf("\n") + 1), offset };
	};
	return { start: loc(start), end: loc(end) };
}

/**
 * Computes CachedMetadata from the text the way Obsidian does for the common cases: front matter,
 * tags outside code, links and embeds, headings, block ids and list items. Code fences and code
 * spans are blanked first so nothing inside them counts.
 */
export function computeMetadata(text: string): CachedMetadata {
	const cache: CachedMetadata = {};
	let body = text;
	const fm = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (fm) {
		try {
			const data = yaml.load(fm[1], { schema: yaml.CORE_SCHEMA });
			if (data && typeof data === "object") cache.frontmatter = data as Record<string, unknown>;
		} catch {
			// Obsidian, too, shows no properties for broken YAML.
		}
		cache.frontmatterPosition = position(text, 0, fm[0].trimEnd().length);
		// Blanked line by line: a heading right under the front matter still starts a line.
		body = fm[0].replace(/[^\n]/g, " ") + text.slice(fm[0].length);
	}
	const blank = (match: string) => match.replace(/[^\n]/g, " ");
	body = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|$(?![\s\S]))/gm, blank).replace(/`[^`\n]*`/g, blank);

	const links: LinkCache[] = [];
	const embeds: LinkCache[] = [];
	// As Obsidian reads them: up to the first `]]` (single brackets may be part of a name), `|` before the alias.
	for (const match of body.matchAll(/(!?)\[\[((?:(?!\]\])[^|#^\n])*)([#^](?:(?!\]\])[^|\n])*)?(?:\|((?:(?!\]\])[^\n])*))?\]\]/g)) {
		const link = `${match[2]}${match[3] ?? ""}`.trim();
		const entry: LinkCache = { link, original: match[0], position: position(text, match.index, match.index + match[0].length) };
		entry.displayText = match[4] ?? link;
		(match[1] ? embeds : links).push(entry);
	}
	for (const match of body.matchAll(/(!?)\[((?:\\.|[^\]\\])*)\]\(([^)\s]+\.md(?:#[^)\s]*)?)\)/g)) {
		const entry: LinkCache = { link: decodeLinkPath(match[3]), original: match[0], displayText: match[2], position: position(text, match.index, match.index + match[0].length) };
		(match[1] ? embeds : links).push(entry);
	}
	if (links.length) cache.links = links;
	if (embeds.length) cache.embeds = embeds;

	const tags = [...body.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu)].map((m) => {
		const start = m.index + m[1].length;
		return { tag: m[2], position: position(text, start, start + m[2].length) };
	});
	if (tags.length) cache.tags = tags;

	const headings = [...body.matchAll(/^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => ({
		heading: m[2],
		level: m[1].length,
		position: position(text, m.index, m.index + m[0].length),
	}));
	if (headings.length) cache.headings = headings;

	const blocks: CachedMetadata["blocks"] = {};
	for (const m of body.matchAll(/[ \t]\^([A-Za-z0-9-]+)[ \t]*$/gm)) {
		blocks[m[1].toLowerCase()] = { id: m[1], position: position(text, m.index, m.index + m[0].length) };
	}
	if (Object.keys(blocks).length) cache.blocks = blocks;

	const listItems = [...body.matchAll(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[(.)\][ \t])?.*$/gm)].map((m) => ({
		task: m[1],
		parent: -1,
		position: position(text, m.index, m.index + m[0].length),
	}));
	if (listItems.length) cache.listItems = listItems;
	return cache;
}

/** A metadata cache that recomputes a note's cache from its text on every change, like Obsidian. */
export class MetadataCache extends Events {
	private caches = new Map<string, CachedMetadata>();
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};

	constructor(private readonly vault: Vault) {
		super();
		vault.on("create", (file: TFile) => void this.refresh(file));
		vault.on("modify", (file: TFile) => void this.refresh(file));
		vault.on("rename", (file: TFile, oldPath: string) => {
			const cache = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (cache) this.caches.set(file.path, cache);
		});
		vault.on("delete", (file: TFile) => {
			const cache = this.caches.get(file.path) ?? null;
			this.caches.delete(file.path);
			this.trigger("deleted", file, cache);
		});
	}

	private async refresh(file: TFile): Promise<void> {
		if (file.extension !== "md") return;
		const text = await this.vault.read(file);
		const cache = computeMetadata(text);
		this.caches.set(file.path, cache);
		this.trigger("changed", file, text, cache);
		this.trigger("resolved");
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** Shortest-path resolution: an exact path first, then any note with that name. */
	getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
		const target = linkpath.toLowerCase().replace(/\.md$/, "");
		const files = this.vault.getFiles();
		return (
			files.find((f) => f.path.toLowerCase() === `${target}.md` || f.path.toLowerCase() === target) ??
			files.find((f) => f.basename.toLowerCase() === target || f.path.toLowerCase().endsWith(`/${target}.md`)) ??
			// Attachments are linked by their name with its extension (`board.png`) or a path ending in it.
			files.find((f) => f.extension !== "md" && (f.name.toLowerCase() === target || f.path.toLowerCase().endsWith(`/${target}`))) ??
			null
		);
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		return omitMdExtension && file.extension === "md" ? file.basename : file.name;
	}
}
