import type { ApplyResult, SiteFile, SiteSurvey } from "./targets/publish-target";
import type { PostStatus } from "./plan/build-plan";
import { filesOf, type SiteManifest } from "./plan/manifest";
import { guardChanges, type GuardResult } from "./plan/site-guard";
import { gitBlobHash } from "./targets/git-blob-hash";

export interface GuardedChanges {
	/** Every file the plan wants, with its blob id. */
	files: SiteFile[];
	result: GuardResult;
}

/**
 * Puts the plan through the site guard: the blob id of every wanted file, and of each file on the
 * site the rules need (those we wrote, and the rare other one at a wanted path) — one read each.
 */
export async function guardAgainstSite(input: {
	wanted: readonly SiteFile[];
	deletes: readonly string[];
	previous: SiteManifest;
	survey: SiteSurvey;
	folders: readonly string[];
	force: boolean;
}): Promise<GuardedChanges> {
	const { survey } = input;
	const files = await Promise.all(input.wanted.map(async (file) => ({ ...file, blob: file.blob ?? (await gitBlobHash(file.content)) })));
	const needed = [...new Set([...files.map((file) => file.path), ...input.deletes])].filter((path) => survey.existing.has(path));
	const siteBlobs = new Map<string, string>();
	for (const path of needed) {
		const blob = await survey.blobOf(path);
		if (blob !== null) siteBlobs.set(path, blob);
	}
	const result = guardChanges({
		writes: files.map((file) => ({ path: file.path, blob: file.blob })),
		deletes: input.deletes,
		recorded: filesOf(input.previous),
		recordedBlobs: input.previous.blobs ?? {},
		existing: survey.existing,
		siteBlobs,
		folders: input.folders,
		force: input.force,
	});
	return { files, result };
}

/** A post's status against the site as it is (not against the record): a hand edit shows. */
export function siteStatus(path: string, guarded: GuardedChanges, survey: SiteSurvey): PostStatus {
	if (guarded.result.unchanged.has(path)) return "unchanged";
	if (guarded.result.kept.some((kept) => kept.path === path && kept.reason === "edited-outside") || guarded.result.overwritten.has(path)) return "edited-outside";
	return survey.existing.has(path) ? "changed" : "new";
}

/**
 * The record once the target applied the changes: each file we now hold with the blob id we wrote;
 * a note whose post could not be written keeps its old entry; a file left alone because it was
 * edited outside stays recorded with its old blob id (so it keeps being left alone, and reported).
 */
export function recordAfterApply(input: {
	plan: SiteManifest;
	previous: SiteManifest;
	guarded: GuardedChanges;
	applied: ApplyResult;
	sourceOf: ReadonlyMap<string, string>;
}): SiteManifest {
	const { plan, previous, guarded, applied } = input;
	const failed = new Set((applied.failed ?? []).map((failure) => failure.path));
	const notes = { ...plan.notes };
	for (const [source, entry] of Object.entries(plan.notes)) {
		if (!failed.has(entry.post)) continue;
		if (previous.notes[source]) notes[source] = previous.notes[source];
		else delete notes[source];
	}
	const record: SiteManifest = { notes, sharedAssets: [...plan.sharedAssets] };
	const listed = filesOf(record);
	for (const kept of guarded.result.kept) {
		if (kept.reason === "edited-outside" && !listed.has(kept.path)) record.sharedAssets.push(kept.path);
	}
	const previousBlobs = previous.blobs ?? {};
	const newBlobs = new Map(guarded.files.map((file) => [file.path, file.blob!]));
	const placed = new Set([...applied.written, ...applied.unchanged, ...guarded.result.unchanged]);
	const keptPaths = new Set(guarded.result.kept.map((kept) => kept.path));
	const blobs: Record<string, string> = {};
	for (const path of filesOf(record)) {
		const blob = placed.has(path) && !failed.has(path) && !keptPaths.has(path) ? newBlobs.get(path) : previousBlobs[path];
		if (blob !== undefined) blobs[path] = blob;
	}
	record.blobs = blobs;
	return record;
}
