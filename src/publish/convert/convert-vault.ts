import { FrontMatterError, parseNote, type ParsedNote } from "../../core/front-matter";
import type { ImportedOrigin } from "../plan/manifest";
import { assignPostIdentities, sitePathKey, type PostIdentity } from "../site/post-identity";
import { createHeadingIdGenerator } from "../site/heading-ids";
import { webSafeFileNameChecked } from "../site/slug";
import { convertMarkdown } from "./body-converter";
import { EMBED_BREAK } from "./embeds";
import { importedAssetPaths, importedPostPaths, keptFrontMatter, markRunningLiquid } from "./imported-form";
import { blocksOf, releaseBlocks, type NoteRecord, type PostState, type VaultContext } from "./convert-context";
import type { AssetOutput, ConvertVaultInput, ConvertVaultResult, ConvertWarning, NoteError, PostOutput } from "./convert-types";
import { LinkIndex, noteName } from "./link-index";
import { ANCHOR_OPEN, ANCHOR_PLACEHOLDER } from "./links";
import { protectLiquid, removeSentinels } from "./liquid";
import { looseHeadingKey } from "./note-sections";
import { buildPostFrontMatter, frontMatterTags } from "./post-front-matter";
import { applyTopicBadges } from "../../team/topic-badges";

export type { VaultNote, ConvertVaultInput, ConvertWarning, PostOutput, AssetOutput, NoteError, ConvertVaultResult } from "./convert-types";

function readRecord(note: ConvertVaultInput["notes"][number], origin: ImportedOrigin | undefined, known: ParsedNote | undefined): NoteRecord {
	const text = removeSentinels(note.text);
	const name = noteName(note.path);
	try {
		// A split made of the same text stands; one whose text held our sentinels is made again without them.
		const parsed = known !== undefined && text === note.text ? known : parseNote(note.path, text);
		const record: NoteRecord = { note, name, frontMatter: parsed.frontMatter ?? {}, body: markRunningLiquid(parsed.body, origin) };
		const kept = keptFrontMatter(parsed.rawBlock, origin);
		if (kept !== null) record.keptFrontMatter = kept;
		return record;
	} catch (error) {
		const reason = error instanceof FrontMatterError ? error.reason : String(error);
		return { note, name, frontMatter: {}, body: text, brokenFrontMatter: reason };
	}
}

interface AssetPaths {
	paths: Map<string, string>;
	notices: Map<string, ConvertWarning[]>;
	/** Attachment → the site path a file Learning Log did not write holds. */
	displaced: Map<string, string>;
}

/**
 * Every attachment gets its site path up front, so a name never depends on which posts use it. A
 * name held by a site file Learning Log did not write is never taken: the attachment gets the next
 * free one, and the posts using it say so.
 */
function assignAssetPaths(attachments: readonly string[], assetsFolder: string, occupied: ReadonlySet<string>, siteOwned: ReadonlyMap<string, string>): AssetPaths {
	const folder = assetsFolder.trim().replace(/^\/+|\/+$/g, "") || "assets";
	const result: AssetPaths = { paths: new Map(), notices: new Map(), displaced: new Map() };
	const taken = new Set<string>();
	for (const path of [...attachments].sort()) {
		const own = siteOwned.get(path);
		if (own !== undefined) {
			result.paths.set(path, own);
			continue;
		}
		const original = path.slice(path.lastIndexOf("/") + 1);
		const { name: safe, shortened } = webSafeFileNameChecked(original);
		const dot = safe.lastIndexOf(".");
		const notices: ConvertWarning[] = [];
		if (shortened) notices.push({ code: "name-shortened", params: { name: original, path: `${folder}/${safe}` } });
		for (let attempt = 1; ; attempt++) {
			const name = attempt === 1 ? safe : dot > 0 ? `${safe.slice(0, dot)}-${attempt}${safe.slice(dot)}` : `${safe}-${attempt}`;
			const key = sitePathKey(`${folder}/${name}`);
			if (taken.has(key)) continue;
			if (occupied.has(key)) {
				if (!result.displaced.has(path)) result.displaced.set(path, `${folder}/${name}`);
				continue;
			}
			taken.add(key);
			result.paths.set(path, `${folder}/${name}`);
			const displaced = result.displaced.get(path);
			if (displaced !== undefined) notices.push({ code: "name-taken", params: { path: displaced, name: `${folder}/${name}` } });
			break;
		}
		if (notices.length > 0) result.notices.set(path, notices);
	}
	return result;
}

/**
 * Jekyll skips a post dated after the build (its `future` option is off by default): a link to it
 * would fail the build (post_url), so such posts are known up front and links to them stay text.
 */
function futurePosts(identities: ReadonlyMap<string, PostIdentity>, now: number | undefined): Map<string, string> {
	const future = new Map<string, string>();
	if (now === undefined) return future;
	for (const [path, identity] of identities) if (identity.date.instant.getTime() > now) future.set(path, identity.date.written);
	return future;
}

interface Draft {
	record: NoteRecord;
	identity: PostIdentity;
	post: PostState;
	body: string;
}

/** Heading ids of each post, from its final converted headings (embeds included, in order). */
function headingIds(drafts: Map<string, Draft>, gfm: boolean): Map<string, Map<string, string>> {
	const result = new Map<string, Map<string, string>>();
	for (const [path, draft] of drafts) {
		const generator = createHeadingIdGenerator(gfm);
		const ids = new Map<string, string>();
		for (const heading of draft.post.headings) {
			const id = generator.next(heading.text);
			if (heading.source === null) continue;
			const key = looseHeadingKey(heading.source);
			if (!ids.has(key)) ids.set(key, id);
		}
		result.set(path, ids);
	}
	return result;
}

/**
 * An imported note's own front matter, as its author wrote it, unless the note now has inline tags
 * the block does not list (the publisher merges those into the post's tags).
 */
function keptFrontMatterFits(draft: Draft): string | null {
	const kept = draft.record.keptFrontMatter;
	if (kept === undefined) return null;
	const listed = new Set(frontMatterTags(draft.record.frontMatter));
	return draft.post.tags.some((tag) => !listed.has(tag)) ? null : kept;
}

function convertDraft(vault: VaultContext, record: NoteRecord, identity: PostIdentity): Draft {
	const post: PostState = { host: record.note.path, warnings: [], headings: [], tags: [], hasMath: false };
	if (identity.collidedWith) post.warnings.push({ code: "slug-collision", params: { slug: identity.slug, other: noteName(identity.collidedWith) } });
	if (identity.displacedFrom) post.warnings.push({ code: "name-taken", params: { path: identity.displacedFrom, name: identity.path } });
	const future = vault.futurePosts.get(record.note.path);
	if (future !== undefined) post.warnings.push({ code: "future-date", params: { date: future } });
	if (identity.shortenedFrom) post.warnings.push({ code: "name-shortened", params: { name: identity.shortenedFrom, path: identity.path } });
	const body = convertMarkdown(record.body, { vault, post, sourcePath: record.note.path, own: true, embedStack: [] }, blocksOf(vault, record.note.path));
	return { record, identity, post, body };
}

/**
 * Converts the published notes of a vault into Jekyll posts. Pure and deterministic: everything
 * comes from the input (times from the notes, never the clock). One bad note fails alone.
 */
export function convertVault(input: ConvertVaultInput): ConvertVaultResult {
	const { settings, site } = input;
	const records = new Map(input.notes.map((note) => [note.path, readRecord(note, input.imported?.get(note.path), input.parsed?.get(note.path))]));
	const errors: NoteError[] = [];
	const publishable: NoteRecord[] = [];
	for (const record of records.values()) {
		if (!input.publishedPaths.has(record.note.path)) continue;
		if (record.brokenFrontMatter === undefined) publishable.push(record);
		else errors.push({ source: record.note.path, code: "broken-front-matter", message: `Broken front matter: ${record.brokenFrontMatter}` });
	}
	const occupied = input.occupied ?? new Set<string>();
	const assigned = assignPostIdentities(
		publishable.map((record) => ({ path: record.note.path, name: record.name, frontMatter: record.frontMatter, ctime: record.note.ctime })),
		settings,
		site,
		occupied,
		input.reservedUrls,
		importedPostPaths(input.imported),
	);
	const siteOwnedAssets = importedAssetPaths(input.imported);
	const assetPaths = assignAssetPaths(input.attachments, settings.assetsFolder, occupied, siteOwnedAssets);
	for (const [source, error] of assigned.errors) errors.push({ source, code: error.code, message: error.message });
	const vault: VaultContext = {
		settings,
		site,
		index: new LinkIndex([...records.keys()], input.attachments),
		records,
		identities: assigned.identities,
		assetPaths: assetPaths.paths,
		siteOwnedAssets,
		imported: input.imported ?? new Map(),
		assetNotices: assetPaths.notices,
		futurePosts: futurePosts(assigned.identities, input.now),
		usedAssets: new Set(),
		anchorRequests: [],
		headingKeys: new Map(),
		blockIds: new Map(),
		blocks: new Map(),
		released: new Set(),
	};
	const drafts = new Map<string, Draft>();
	for (const record of publishable) {
		const identity = assigned.identities.get(record.note.path);
		if (!identity) continue;
		try {
			drafts.set(record.note.path, convertDraft(vault, record, identity));
		} catch (error) {
			errors.push({ source: record.note.path, code: "conversion-failed", message: error instanceof Error ? error.message : String(error) });
		}
		releaseBlocks(vault, record.note.path);
	}
	const ids = headingIds(drafts, site.kramdownGfm);
	const posts: PostOutput[] = [];
	for (const [source, draft] of drafts) {
		// Each pass over the whole text only where it has something to do: most posts link to no heading.
		const body = !draft.body.includes(ANCHOR_OPEN)
			? draft.body
			: draft.body.replace(ANCHOR_PLACEHOLDER, (_whole, index: string) => {
					const request = vault.anchorRequests[Number(index)];
					const id = ids.get(request.target)?.get(looseHeadingKey(request.heading));
					return id ? `#${id}` : "";
				});
		let frontMatter: string;
		try {
			frontMatter = keptFrontMatterFits(draft) ?? buildPostFrontMatter(draft.record, draft.identity, draft.post, vault);
		} catch (error) {
			errors.push({ source, code: "unrepresentable-front-matter", message: error instanceof Error ? error.message : String(error) });
			continue;
		}
		const protectedBody = protectLiquid(body.includes(EMBED_BREAK) ? body.split(EMBED_BREAK).join("") : body);
		if (protectedBody.escaped > 0) draft.post.warnings.push({ code: "liquid-escaped", params: { count: protectedBody.escaped } });
		// Joined into one flat string now: `a + b` would keep both parts alive until the first search
		// of the post flattened them into a third copy, each one moved by the garbage collector.
		const content = [frontMatter, protectedBody.text].join("");
		const output: PostOutput = { source, path: draft.identity.path, url: draft.identity.url, content: applyTopicBadges(content, input.topics), warnings: draft.post.warnings };
		if (draft.identity.ownPermalink) output.ownPermalink = true;
		if (draft.identity.displacedFrom !== undefined) output.displacedFrom = draft.identity.displacedFrom;
		posts.push(output);
	}
	posts.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
	errors.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
	// The site's own files, which imported posts refer to, are on the site already: nothing to copy.
	const assets: AssetOutput[] = [...vault.usedAssets].filter((source) => !siteOwnedAssets.has(source)).sort().map((source) => {
		const asset: AssetOutput = { source, path: vault.assetPaths.get(source) ?? source };
		const displaced = assetPaths.displaced.get(source);
		if (displaced !== undefined) asset.displacedFrom = displaced;
		return asset;
	});
	return { posts, assets, errors };
}
