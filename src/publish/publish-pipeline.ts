import { isMarkdownPath, type NoteStore } from "../core/note-store";
import type { ConvertVaultInput, ConvertVaultResult, NoteError, VaultNote } from "./convert/convert-types";
import { buildPlan, type PublishScope } from "./plan/build-plan";
import { siteManifest, withSiteManifest, type PublishManifest } from "./plan/manifest";
import { selectPublishedNotes } from "./plan/select-notes";
import type { PublishReport, ReportAsset } from "./publish-report";
import type { PublishSettings } from "./publish-settings";
import type { TopicsOnBlog } from "../team/topic-badges";
import { parseSiteConfig } from "./site/site-config";
import { MATH_INCLUDE_PATHS } from "./site/site-math";
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
}

export interface PublishOutcome {
	report: PublishReport;
	/** The manifest to save: updated only when the target applied the changes. */
	manifest: PublishManifest;
	applied: ApplyResult | null;
}

const READ_CONCURRENCY = 32;

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>, onDone: (done: number) => void): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	let done = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await fn(items[index]);
			onDone(++done);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

function uniqueErrors(errors: NoteError[]): NoteError[] {
	const seen = new Set<string>();
	return errors.filter((error) => (seen.has(error.source) ? false : (seen.add(error.source), true)));
}

/** The site files that may configure its math, read only when the Math setting follows the site. */
async function readMathIncludes(request: PublishRequest): Promise<string[]> {
	if (request.settings.mathMode !== "site") return [];
	const texts = await Promise.all(MATH_INCLUDE_PATHS.map((path) => request.target.readText(path).catch(() => null)));
	return texts.filter((text): text is string => text !== null);
}

/**
 * One publish, shared by the plugin and the CLI: read the vault, choose the notes, convert them for
 * the site's `_config.yml`, plan against what we wrote last time, apply, and report. A note that
 * fails is reported and left as it was; the others are published. The manifest changes only after
 * the target applied everything.
 */
export async function runPublish(request: PublishRequest): Promise<PublishOutcome> {
	const progress = request.onProgress ?? (() => undefined);
	const files = await request.store.listFiles();
	const markdown = files.filter((file) => isMarkdownPath(file.path));
	const notes: VaultNote[] = await mapLimited(
		markdown,
		READ_CONCURRENCY,
		async (file) => ({ path: file.path, text: await request.store.read(file.path), ctime: file.ctime, mtime: file.mtime }),
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
	const previous = siteManifest(request.manifest, request.siteKey);
	let publishedPaths = selection.published;
	if (picked !== undefined) {
		// Links from the picked note may point only at posts that are on the site already; a link to a
		// post that is not there would break the build (post_url fails loudly by design).
		publishedPaths = new Set([...selection.published].filter((path) => path === picked || path in previous.notes));
	}

	progress("convert", 0, 1);
	const site = parseSiteConfig(await request.target.readText("_config.yml"), request.settings, await readMathIncludes(request));
	let converted = request.convert({ notes, attachments, publishedPaths, settings: request.settings, site, topics: request.topics });
	if (picked !== undefined) {
		// A note re-dated or renamed since the last full publish has a new post path that is not on the
		// site yet: the picked note must not link to it. Convert once more without such notes.
		const moved = converted.posts.filter((post) => post.source !== picked && previous.notes[post.source]?.post !== post.path);
		if (moved.length > 0) {
			const movedSources = new Set(moved.map((post) => post.source));
			publishedPaths = new Set([...publishedPaths].filter((path) => !movedSources.has(path)));
			converted = request.convert({ notes, attachments, publishedPaths, settings: request.settings, site, topics: request.topics });
		}
	}
	progress("convert", 1, 1);
	const errors = uniqueErrors([...selection.errors, ...converted.errors]);
	const failed = new Set(errors.map((error) => error.source));
	const mtimes = new Map(notes.map((note) => [note.path, note.mtime]));
	const plan = buildPlan({
		previous,
		posts: converted.posts
			.filter((post) => !failed.has(post.source))
			.map((post) => ({ ...post, sourceMtime: mtimes.get(post.source) })),
		assets: converted.assets,
		failed,
		scope: request.scope,
	});

	const assetFiles: SiteFile[] = [];
	const assets: ReportAsset[] = [];
	// Read like the notes, several at a time; the outcomes keep the plan's order.
	const assetReads = await mapLimited(
		plan.assets,
		READ_CONCURRENCY,
		async (asset) => {
			try {
				// A dry run only lists the files; their bytes are needed only to write them.
				return { asset, content: request.dryRun ? null : await request.store.readBinary(asset.source) };
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
		if (read.content !== null) assetFiles.push({ path: asset.path, content: read.content });
		assets.push({ source: asset.source, output: asset.path });
	}
	const postsBySource = new Map(converted.posts.map((post) => [post.source, post]));
	const report: PublishReport = {
		dryRun: request.dryRun,
		notes: plan.posts
			.map((post) => ({
				source: post.source,
				output: post.path,
				url: postsBySource.get(post.source)?.url ?? "",
				status: post.status,
				warnings: postsBySource.get(post.source)?.warnings ?? [],
			}))
			.sort((a, b) => a.source.localeCompare(b.source)),
		assets,
		deleted: plan.delete,
		errors,
		written: [],
		unchanged: [],
	};
	if (request.dryRun) return { report, manifest: request.manifest, applied: null };

	const write: SiteFile[] = [...plan.posts.map((post) => ({ path: post.path, content: post.content })), ...assetFiles];
	const applied = await request.target.apply(
		{ write, delete: plan.delete },
		{ message: request.message ?? "Publish from Learning Log", onProgress: (done, total, phase) => progress(phase, done, total) },
	);
	report.written = applied.written;
	report.unchanged = applied.unchanged;
	report.deleted = applied.deleted;
	if (applied.commitUrl) report.commitUrl = applied.commitUrl;
	return { report, manifest: withSiteManifest(request.manifest, request.siteKey, plan.manifest), applied };
}
