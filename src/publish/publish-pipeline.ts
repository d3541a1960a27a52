import { mapLimited } from "../core/map-limited";
import { InvalidTextError, isMarkdownPath, type NoteStore } from "../core/note-store";
import type { AssetOutput, ConvertVaultInput, ConvertVaultResult, NoteError, PostOutput, VaultNote } from "./convert/convert-types";
import { attributeAssets } from "./plan/attribute-assets";
import { buildPlan, type PublishScope } from "./plan/build-plan";
import { contentHash } from "./plan/content-hash";
import { siteManifest, withSiteManifest, type PublishManifest } from "./plan/manifest";
import { importedOrigins } from "./convert/imported-form";
import { selectPublishedNotes } from "./plan/select-notes";
import { RecordNotSavedError } from "./publish-errors";
import type { PublishReport, ReportAsset } from "./publish-report";
import type { PublishSettings } from "./publish-settings";
import type { TopicsOnBlog } from "../team/topic-badges";
import { currentSiteConfig } from "./site/current-site-config";
import { parseSiteConfig } from "./site/site-config";
import { guardAgainstSite, recordAfterApply, siteStatus } from "./site-changes";
import { adoptIdentical, adoptInterrupted, occupiedPaths, publishFolders } from "./site-state";
import { pagesServing, readMathIncludes, sitePathsOf } from "./site-reads";
import type { ApplyResult, PublishTarget, SiteFile } from "./targets/publish-target";

export type PipelinePhase = "read" | "convert" | "upload" | "write" | "delete" | "commit";

export interface PipelineProgress {
	(phase: PipelinePhase, done: number, total: number): void;
}

export interface PublishRequest {
	store: NoteStore;
	target: PublishTarget;
	/** Which record of the manifest this target uses ("folder:/home/me/blog"). */
	siteKey: string;
	settings: PublishSettings;
	/** How day notes' topics blocks are published (team settings). */
	topics?: TopicsOnBlog;
	manifest: PublishManifest;
	scope: PublishScope;
	/** Publish every note that does not say `publish: false` (the CLI's `--all`). */
	everyNote?: boolean;
	/** Notes never published (the day template). */
	excluded?: readonly string[];
	dryRun: boolean;
	/** The converter, passed in so the pipeline can be exercised on its own. */
	convert: (input: ConvertVaultInput) => ConvertVaultResult;
	/** Commit message, for targets that make commits. */
	message?: string;
	onProgress?: PipelineProgress;
	/** The time of the publish, ms since the epoch (posts dated later are hidden by Jekyll). */
	now?: () => number;
	/** Replace or delete our own files even when they were edited outside since we wrote them. */
	force?: boolean;
	/**
	 * Re-reads the record once the site is locked (the CLI reads data.json again: another run may
	 * have saved it meanwhile). Without it, `manifest` is used.
	 */
	reloadManifest?: () => Promise<PublishManifest>;
	/** Saves the record while the site is still locked; without it the caller saves it afterwards. */
	saveManifest?: (manifest: PublishManifest) => Promise<void>;
}

export interface PublishOutcome {
	report: PublishReport;
	/** The manifest to save: updated only when the target applied the changes. */
	manifest: PublishManifest;
	applied: ApplyResult | null;
}

const READ_CONCURRENCY = 32;

/** A note's text; one that cannot be read as UTF-8 (or at all) is an error for that note alone. */
async function readNoteText(store: NoteStore, path: string, unreadable: NoteError[]): Promise<string> {
	try {
		return await store.read(path);
	} catch (error) {
		if (error instanceof InvalidTextError) {
			unreadable.push({ source: path, code: "invalid-text", message: error.message });
			return error.lenientText;
		}
		unreadable.push({ source: path, code: "unreadable-note", message: error instanceof Error ? error.message : String(error) });
		return "";
	}
}

function uniqueErrors(errors: NoteError[]): NoteError[] {
	const seen = new Set<string>();
	return errors.filter((error) => (seen.has(error.source) ? false : (seen.add(error.source), true)));
}

/** The assets a written post uses: images that only untouched imported posts use stay as they are. */
function withoutAssetsOnlyKept(posts: readonly PostOutput[], assets: readonly AssetOutput[], failed: ReadonlySet<string>, kept: ReadonlySet<string>): AssetOutput[] {
	if (kept.size === 0) return [...assets];
	const usedBy = (selected: readonly PostOutput[]): Set<string> => new Set([...attributeAssets(selected, assets).byNote.values()].flat());
	const keptOnly = usedBy(posts.filter((post) => kept.has(post.source)));
	for (const path of usedBy(posts.filter((post) => !kept.has(post.source) && !failed.has(post.source)))) keptOnly.delete(path);
	return assets.filter((asset) => !keptOnly.has(asset.path));
}

/**
 * One publish, shared by the plugin and the CLI: hold the site, read the vault, choose the notes,
 * see what the site holds, convert them for the site's `_config.yml` (never taking a name a file we
 * did not write holds), plan against what we wrote last time, keep every file the record and the
 * site do not agree on, apply, record, and report. A note that fails is reported and left as it
 * was; the others are published. The manifest changes only after the target applied the changes.
 */
export async function runPublish(request: PublishRequest): Promise<PublishOutcome> {
	const session = await request.target.begin();
	let recordSaved = false;
	try {
		const outcome = await publishHoldingSite(request);
		if (outcome.applied && request.saveManifest) {
			try {
				await request.saveManifest(outcome.manifest);
			} catch (error) {
				throw new RecordNotSavedError(error);
			}
		}
		recordSaved = outcome.applied !== null;
		return outcome;
	} finally {
		await session.finish(recordSaved);
	}
}

async function publishHoldingSite(request: PublishRequest): Promise<PublishOutcome> {
	const progress = request.onProgress ?? (() => undefined);
	const now = (request.now ?? Date.now)();
	const manifest = request.reloadManifest ? await request.reloadManifest() : request.manifest;
	const files = await request.store.listFiles();
	const markdown = files.filter((file) => isMarkdownPath(file.path));
	const unreadable: NoteError[] = [];
	const notes: VaultNote[] = await mapLimited(
		markdown,
		READ_CONCURRENCY,
		async (file) => ({ path: file.path, text: await readNoteText(request.store, file.path, unreadable), ctime: file.ctime, mtime: file.mtime }),
		(done) => progress("read", done, markdown.length),
	);
	const attachments = files.filter((file) => !isMarkdownPath(file.path)).map((file) => file.path);
	const picked = request.scope.kind === "note" ? request.scope.source : undefined;
	const selection = selectPublishedNotes(notes, {
		publishedFolders: request.settings.publishedFolders,
		everyNote: request.everyNote ?? false,
		excluded: request.excluded ?? [],
		picked,
	});
	// A note whose bytes are not text as written is never published: what it says cannot be trusted.
	const invalid = unreadable.filter((error) => selection.published.has(error.source));
	for (const error of invalid) selection.published.delete(error.source);
	const sitePaths = sitePathsOf(request.target);
	// Listing the site for its math includes comes first: the survey then reuses that read.
	const mathIncludes = await readMathIncludes(request.settings.mathMode, request.target, sitePaths);
	const folders = publishFolders(request.settings);
	const survey = await request.target.survey(folders);
	const config = await currentSiteConfig(request.target, survey, siteManifest(manifest, request.siteKey).siteConfig);
	const site = parseSiteConfig(config.text, request.settings, mathIncludes);
	let previous = await adoptInterrupted(siteManifest(manifest, request.siteKey), survey);
	let publishedPaths = selection.published;
	if (picked !== undefined) {
		// Links from the picked note may point only at posts that are on the site already; a link to a
		// post that is not there would break the build (post_url fails loudly by design).
		publishedPaths = new Set([...selection.published].filter((path) => path === picked || path in previous.notes));
	}

	progress("convert", 0, 1);
	let reservedUrls = new Map<string, string>();
	const convert = () =>
		request.convert({ notes, attachments, publishedPaths, parsed: selection.parsed, settings: request.settings, site, topics: request.topics, occupied: occupiedPaths(survey, previous), reservedUrls, now, imported: importedOrigins(previous) });
	let converted = convert();
	const adopted = await adoptIdentical(previous, survey, converted, (source) => request.store.readBinary(source));
	if (adopted !== previous) {
		previous = adopted;
		converted = convert();
	}
	// A note's own permalink may name an address one of the site's pages has: hold it back.
	reservedUrls = await pagesServing(request.target, sitePaths, converted.posts, site);
	if (reservedUrls.size > 0) converted = convert();
	if (picked !== undefined) {
		// A note re-dated or renamed since the last full publish has a new post path that is not on the
		// site yet: the picked note must not link to it. Convert once more without such notes.
		const moved = converted.posts.filter((post) => post.source !== picked && previous.notes[post.source]?.post !== post.path);
		if (moved.length > 0) {
			const movedSources = new Set(moved.map((post) => post.source));
			publishedPaths = new Set([...publishedPaths].filter((path) => !movedSources.has(path)));
			converted = convert();
		}
	}
	progress("convert", 1, 1);
	const errors = uniqueErrors([...invalid, ...selection.errors, ...converted.errors]);
	const failed = new Set(errors.map((error) => error.source));
	// An imported note not edited since its import still holds its author's post as it is on the
	// site: its record stands and nothing is written for it (the conversion may differ in form).
	const texts = new Map(notes.map((note) => [note.path, note.text]));
	const untouchedImports = new Set(
		converted.posts
			.map((post) => post.source)
			.filter((source) => {
				const imported = previous.notes[source]?.importedNote;
				return imported !== undefined && imported === contentHash(texts.get(source) ?? "");
			}),
	);
	const assetsToWrite = withoutAssetsOnlyKept(converted.posts, converted.assets, failed, untouchedImports);
	const mtimes = new Map(notes.map((note) => [note.path, note.mtime]));
	const plan = buildPlan({
		previous,
		posts: converted.posts
			.filter((post) => !failed.has(post.source) && !untouchedImports.has(post.source))
			.map((post) => ({ ...post, sourceMtime: mtimes.get(post.source) })),
		assets: assetsToWrite,
		// Kept like a failed note's: the previous record stays and none of its files are touched.
		failed: new Set([...failed, ...untouchedImports]),
		scope: request.scope,
	});

	const assetFiles: SiteFile[] = [];
	const assets: ReportAsset[] = [];
	// Read like the notes, several at a time; the outcomes keep the plan's order. A dry run reads
	// them too: what it reports is compared with the site, byte for byte.
	const assetReads = await mapLimited(
		plan.assets,
		READ_CONCURRENCY,
		async (asset) => {
			try {
				return { asset, content: await request.store.readBinary(asset.source) };
			} catch (error) {
				return { asset, error };
			}
		},
		() => undefined,
	);
	for (const read of assetReads) {
		const { asset } = read;
		if ("error" in read) {
			const error = read.error;
			errors.push({ source: asset.source, code: "asset-unreadable", message: error instanceof Error ? error.message : String(error) });
			continue;
		}
		assetFiles.push({ path: asset.path, content: read.content });
		assets.push({ source: asset.source, output: asset.path });
	}
	const wanted: SiteFile[] = [...plan.posts.map((post) => ({ path: post.path, content: post.content })), ...assetFiles];
	const guarded = await guardAgainstSite({ wanted, deletes: plan.delete, previous, survey, folders, force: request.force ?? false });
	const postsBySource = new Map(converted.posts.map((post) => [post.source, post]));
	const inScope = (source: string): boolean => request.scope.kind === "all" || request.scope.source === source;
	const report: PublishReport = {
		dryRun: request.dryRun,
		notes: [
			...plan.posts.map((post) => ({
				source: post.source,
				output: post.path,
				url: postsBySource.get(post.source)?.url ?? "",
				status: siteStatus(post.path, guarded, survey),
				warnings: postsBySource.get(post.source)?.warnings ?? [],
			})),
			...[...untouchedImports].filter(inScope).map((source) => ({
				source,
				output: previous.notes[source].post,
				url: previous.notes[source].url ?? "",
				status: "unchanged" as const,
				warnings: [],
			})),
		].sort((a, b) => a.source.localeCompare(b.source)),
		assets,
		deleted: guarded.result.delete,
		kept: guarded.result.kept,
		errors,
		written: [],
		unchanged: [],
	};
	if (request.dryRun) return { report, manifest, applied: null };

	const applied = await request.target.apply(
		{ write: guarded.files.filter((file) => guarded.result.write.has(file.path)), delete: guarded.result.delete },
		{ message: request.message ?? "Publish from Learning Log", onProgress: (done, total, phase) => progress(phase, done, total) },
	);
	report.written = applied.written;
	report.unchanged = [...new Set([...guarded.result.unchanged, ...applied.unchanged])].sort();
	report.deleted = applied.deleted;
	const fileFailures = applied.failed ?? [];
	const sourceOf = new Map<string, string>([...plan.posts.map((post) => [post.path, post.source] as const), ...plan.assets.map((asset) => [asset.path, asset.source] as const)]);
	for (const failure of fileFailures) {
		errors.push({ source: sourceOf.get(failure.path) ?? failure.path, code: "file-failed", message: `${failure.path}: ${failure.message}` });
	}
	if (applied.commitUrl) report.commitUrl = applied.commitUrl;
	if (applied.commitSha) report.commitSha = applied.commitSha;
	const record = recordAfterApply({ plan: plan.manifest, previous, guarded, applied, sourceOf });
	if (config.remember) record.siteConfig = config.remember;
	return { report, manifest: withSiteManifest(manifest, request.siteKey, record), applied };
}
