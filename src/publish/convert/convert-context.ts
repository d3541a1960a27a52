import type { FrontMatter } from "../../core/front-matter";
import type { ImportedOrigin } from "../plan/manifest";
import type { PublishSettings } from "../publish-settings";
import type { PostIdentity } from "../site/post-identity";
import type { SiteConfig } from "../site/site-config";
import type { ConvertWarning, VaultNote } from "./convert-types";
import type { LinkIndex } from "./link-index";
import { blockHeading, looseHeadingKey } from "./note-sections";
import { scanBlocks, stripEol, type Block } from "./scanner";

/** A note of the vault with its front matter split off (null front matter: none, or broken). */
export interface NoteRecord {
	note: VaultNote;
	name: string;
	frontMatter: FrontMatter;
	body: string;
	/** Why the front matter could not be read, when it could not. */
	brokenFrontMatter?: string;
	/** An imported note's post front matter, as its author wrote it, while the note's is unchanged. */
	keptFrontMatter?: string;
}

/** A heading link waiting for the target post's final heading ids (they depend on its embeds). */
export interface AnchorRequest {
	target: string;
	heading: string;
	/** The post whose report gets the warning when the heading does not exist. */
	reporter: string;
}

/** Everything about the vault that stays the same while its notes are converted. */
export interface VaultContext {
	settings: PublishSettings;
	site: SiteConfig;
	index: LinkIndex;
	records: Map<string, NoteRecord>;
	identities: Map<string, PostIdentity>;
	/** Vault path of every attachment → its site path (decided for all at once, so names are stable). */
	assetPaths: Map<string, string>;
	/** Attachments imported from the site: their posts use the site's own files, never copies. */
	siteOwnedAssets: ReadonlyMap<string, string>;
	/** Imported notes → their posts' form (see imported-form). */
	imported: ReadonlyMap<string, ImportedOrigin>;
	usedAssets: Set<string>;
	/** Published notes dated after the publish (vault path → the date as written): Jekyll hides them until then. */
	futurePosts: Map<string, string>;
	/** Warnings about an attachment's site name (taken by another file, shortened), for each post using it. */
	assetNotices: Map<string, ConvertWarning[]>;
	anchorRequests: AnchorRequest[];
	/** Loose keys of each note's own headings, filled on first use. */
	headingKeys: Map<string, Set<string>>;
	/** Block ids (`^id`) each note defines, filled on first use. */
	blockIds: Map<string, Set<string>>;
	/**
	 * Each note body's blocks, scanned once for the note's own conversion and whatever needs them
	 * before it; let go once the note is converted (see releaseBlocks).
	 */
	blocks: Map<string, Block[]>;
	/** Notes converted already: their blocks are no longer kept. */
	released: Set<string>;
}

export interface OutputHeading {
	/** The heading as the author wrote it in this note; null for headings an embed brought in. */
	source: string | null;
	/** The converted heading text kramdown ids from. */
	text: string;
	/** Its level in the post (embedded headings already shifted under the host's). */
	level: number;
	/** How deep in embeds it was written (0: the host's own text). */
	depth: number;
}

/** The state of one post while it is converted (embeds share it with their host). */
export interface PostState {
	host: string;
	warnings: ConvertWarning[];
	headings: OutputHeading[];
	tags: string[];
	hasMath: boolean;
}

/** Where a piece of markdown comes from while it is converted. */
export interface ConvertScope {
	vault: VaultContext;
	post: PostState;
	/** The note whose links resolve relative to it. */
	sourcePath: string;
	/** True for the host note's own text, false inside an embed. */
	own: boolean;
	/** Notes being embedded right now, outermost first (cycle detection). */
	embedStack: readonly string[];
	/** Levels added to this text's headings so that an embed sits under the host's heading. */
	headingShift?: number;
	/** For embedded text: the level of the heading its embed sits under, and where its own headings start in the post's. */
	outline?: { base: number; from: number };
	/** Callouts this text sits in (their theme styles may compound). */
	calloutDepth?: number;
}

export function blocksOf(vault: VaultContext, path: string): Block[] {
	let blocks = vault.blocks.get(path);
	if (!blocks) {
		blocks = scanBlocks(vault.records.get(path)?.body ?? "");
		if (!vault.released.has(path)) vault.blocks.set(path, blocks);
	}
	return blocks;
}

/**
 * A heading is a line with `#` or a text over a line of `=` or `-` (setext), at any depth of
 * quoting: a quote with neither holds none, and need not be scanned again for them.
 */
function mayHoldHeading(lines: readonly string[]): boolean {
	return lines.some((line) => {
		if (line.includes("#")) return true;
		const last = stripEol(line).trimEnd().slice(-1);
		return last === "=" || last === "-";
	});
}

/** Loose keys of the headings a note writes itself (in its quotes and callouts too), worked out once. */
export function headingKeysOf(vault: VaultContext, path: string): Set<string> {
	const cached = vault.headingKeys.get(path);
	if (cached) return cached;
	const keys = new Set<string>();
	const collect = (blocks: readonly Block[]): void => {
		for (const block of blocks) {
			if (block.kind === "heading") keys.add(looseHeadingKey(blockHeading(block).text));
			// Headings inside callouts and quotes get ids too.
			else if (block.kind === "quote" && mayHoldHeading(block.lines)) collect(scanBlocks(block.lines.map((line) => line.replace(/^ {0,3}> ?/, "")).join("")));
		}
	};
	collect(blocksOf(vault, path));
	vault.headingKeys.set(path, keys);
	return keys;
}

/**
 * Once a note is converted its blocks go: kept for every note, they would be most of what the
 * conversion holds on to (and the garbage collector copies). Its heading keys, which links from
 * notes converted later ask for, are taken first; an embed of a part of it scans it again.
 */
export function releaseBlocks(vault: VaultContext, path: string): void {
	headingKeysOf(vault, path);
	vault.blocks.delete(path);
	vault.released.add(path);
}

export function warn(post: PostState, code: string, params: Record<string, string | number>): void {
	const duplicate = post.warnings.some((warning) => warning.code === code && JSON.stringify(warning.params) === JSON.stringify(params));
	if (!duplicate) post.warnings.push({ code, params });
}

/** Marks an attachment as used by the post being converted and returns its site path. */
export function useAsset(scope: ConvertScope, attachment: string): string {
	scope.vault.usedAssets.add(attachment);
	for (const notice of scope.vault.assetNotices.get(attachment) ?? []) warn(scope.post, notice.code, notice.params);
	return scope.vault.assetPaths.get(attachment) ?? "";
}
