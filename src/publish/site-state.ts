import type { AssetOutput, PostOutput } from "./convert/convert-types";
import { filesOf, type SiteManifest } from "./plan/manifest";
import { normaliseFolder } from "./plan/site-guard";
import type { PublishSettings } from "./publish-settings";
import { sitePathKey } from "./site/post-identity";
import { gitBlobHash } from "./targets/git-blob-hash";
import type { SiteSurvey } from "./targets/publish-target";

/** The site folders a publish may change files in: posts and images, nothing else. */
export function publishFolders(settings: PublishSettings): string[] {
	return [normaliseFolder(settings.postsFolder) || "_posts", normaliseFolder(settings.assetsFolder) || "assets"];
}

/** A copy of a site record with files added to it as ours (with the blob ids we wrote). */
function withAdopted(previous: SiteManifest, adopted: ReadonlyMap<string, string>): SiteManifest {
	if (adopted.size === 0) return previous;
	const listed = filesOf(previous);
	const sharedAssets = [...previous.sharedAssets, ...[...adopted.keys()].filter((path) => !listed.has(path))];
	return { ...previous, sharedAssets, blobs: { ...(previous.blobs ?? {}), ...Object.fromEntries(adopted) } };
}

/**
 * Files an interrupted run put in place before its record was saved (its journal says which)
 * become part of the record again when the site still holds exactly what that run wrote: they are
 * then kept, replaced or deleted like any file we wrote.
 */
export async function adoptInterrupted(previous: SiteManifest, survey: SiteSurvey): Promise<SiteManifest> {
	const adopted = new Map<string, string>();
	for (const [path, blob] of survey.interrupted) {
		if (survey.existing.has(path) && (await survey.blobOf(path)) === blob) adopted.set(path, blob);
	}
	return withAdopted(previous, adopted);
}

/** Files on the site that the record does not list: never replaced, so their names are not ours to take. */
export function occupiedPaths(survey: SiteSurvey, record: SiteManifest): Set<string> {
	const ours = new Set([...filesOf(record)].map(sitePathKey));
	return new Set([...survey.existing].map(sitePathKey).filter((key) => !ours.has(key)));
}

/**
 * A post or attachment displaced from its name by a file we did not record, whose content is
 * exactly what we would write there, is ours after all (the record was lost, or a run was killed
 * before saving it): it is adopted, and the next conversion keeps its name.
 */
export async function adoptIdentical(
	previous: SiteManifest,
	survey: SiteSurvey,
	displaced: { posts: readonly PostOutput[]; assets: readonly AssetOutput[] },
	readAsset: (source: string) => Promise<Uint8Array>,
): Promise<SiteManifest> {
	const adopted = new Map<string, string>();
	const candidates: Array<{ wanted: string; content: () => Promise<string | Uint8Array> }> = [
		...displaced.posts.filter((post) => post.displacedFrom !== undefined).map((post) => ({ wanted: post.displacedFrom!, content: () => Promise.resolve(post.content) })),
		...displaced.assets.filter((asset) => asset.displacedFrom !== undefined).map((asset) => ({ wanted: asset.displacedFrom!, content: () => readAsset(asset.source) })),
	];
	for (const candidate of candidates) {
		const onSite = await survey.blobOf(candidate.wanted);
		if (onSite === null) continue;
		const content = await candidate.content().catch(() => null);
		if (content !== null && (await gitBlobHash(content)) === onSite) adopted.set(candidate.wanted, onSite);
	}
	return withAdopted(previous, adopted);
}
