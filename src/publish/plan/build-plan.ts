import { attributeAssets, type AssetLike, type PostLike } from "./attribute-assets";
import { contentHash } from "./content-hash";
import { filesOf, type ManifestEntry, type SiteManifest } from "./manifest";

/** A whole publish, or the one note the user picked ("Publish current note"). */
export type PublishScope = { kind: "all" } | { kind: "note"; source: string };

/** Against the site as it is: `edited-outside` is a post we wrote that was changed by hand since. */
export type PostStatus = "new" | "changed" | "unchanged" | "edited-outside";

export interface PlannedPost extends PostLike {
	/** Compared with the manifest: what the last publish of this note wrote. */
	status: PostStatus;
}

export interface PublishPlan {
	posts: PlannedPost[];
	assets: AssetLike[];
	/** Files the manifest says we wrote and that are no longer wanted. */
	delete: string[];
	/** The record to keep once the changes are applied. */
	manifest: SiteManifest;
}

export interface PlanInput {
	previous: SiteManifest;
	posts: readonly PostLike[];
	assets: readonly AssetLike[];
	/** Notes that failed to convert: whatever they published before stays, untouched. */
	failed: ReadonlySet<string>;
	scope: PublishScope;
}

function statusOf(post: PostLike, hash: string, previous: ManifestEntry | undefined): PostStatus {
	if (!previous) return "new";
	return previous.post === post.path && previous.hash === hash ? "unchanged" : "changed";
}

function sorted(values: Iterable<string>): string[] {
	return [...new Set(values)].sort();
}

/**
 * Pure: from what the converter produced and what we wrote last time, the files to write, the
 * files to delete, and the manifest afterwards. A file is deleted only if the manifest lists it,
 * nothing wants it now, and no failed note may still need it.
 */
export function buildPlan(input: PlanInput): PublishPlan {
	const { previous, scope } = input;
	const inScope = scope.kind === "all" ? input.posts : input.posts.filter((post) => post.source === scope.source);
	const attribution = attributeAssets(inScope, input.assets);
	const notes: Record<string, ManifestEntry> = scope.kind === "all" ? {} : { ...previous.notes };
	const posts: PlannedPost[] = [];
	for (const post of inScope) {
		const hash = contentHash(post.content);
		posts.push({ ...post, status: statusOf(post, hash, previous.notes[post.source]) });
		const entry: ManifestEntry = { post: post.path, hash, assets: attribution.byNote.get(post.source) ?? [] };
		if (post.url !== undefined) entry.url = post.url;
		if (post.sourceMtime !== undefined) entry.sourceMtime = post.sourceMtime;
		// An imported note keeps its post's form on every publish, not only the first after the import.
		const origin = previous.notes[post.source]?.imported;
		if (origin) entry.imported = origin;
		notes[post.source] = entry;
	}
	for (const source of input.failed) {
		const kept = previous.notes[source];
		if (kept && (scope.kind === "all" || scope.source === source)) notes[source] = kept;
	}
	const sharedAssets = scope.kind === "all" ? attribution.unclaimed : previous.sharedAssets;
	const manifest: SiteManifest = { notes, sharedAssets };

	const wantedAssets = new Set(scope.kind === "all" ? input.assets.map((a) => a.path) : posts.flatMap((p) => notes[p.source].assets));
	const assets = dedupeAssets(input.assets.filter((asset) => wantedAssets.has(asset.path)));
	const stillWanted = filesOf(manifest);
	const candidates = scope.kind === "all" ? filesOf(previous) : filesOfNote(previous.notes[scope.source]);
	const deletions = [...candidates].filter((path) => !stillWanted.has(path));
	return { posts, assets, delete: sorted(deletions), manifest };
}

function filesOfNote(entry: ManifestEntry | undefined): Set<string> {
	return new Set(entry ? [entry.post, ...entry.assets] : []);
}

/** Two notes may embed the same file: it is written once. */
function dedupeAssets(assets: readonly AssetLike[]): AssetLike[] {
	const seen = new Map<string, AssetLike>();
	for (const asset of assets) if (!seen.has(asset.path)) seen.set(asset.path, asset);
	return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}
