import yaml from "js-yaml";
import { mapLimited } from "../core/map-limited";
import { isMarkdownPath, type AttachmentWriter, type NoteStore } from "../core/note-store";
import { contentHash } from "../publish/plan/content-hash";
import { siteManifest, withSiteManifest, type ImportedOrigin, type ManifestEntry, type PublishManifest } from "../publish/plan/manifest";
import { liquidSpans } from "../publish/convert/imported-form";
import type { PublishSettings } from "../publish/publish-settings";
import { parseSiteConfig } from "../publish/site/site-config";
import { BlogCatalogue, isPostPath, readBlogPost, type BlogPost, type SkippedPost } from "./blog-catalogue";
import type { BlogSource } from "./blog-source";
import { frontMatterWithPublish, postToNote, type KeptItem } from "./post-to-note";
import { planImport, type ImportAction, type ImportCounts } from "./import-plan";
import { readSiteReference, siteOrigin, type SiteReference } from "./site-references";
import { VaultLinkNames } from "./vault-link-names";

export interface ImportRequest {
	source: BlogSource;
	store: NoteStore & AttachmentWriter;
	/** Vault folder for the notes (default `blog`); the posts' subfolders are kept under it. */
	folder: string;
	settings: PublishSettings;
	manifest: PublishManifest;
	/** The publish record this site uses (the same key "Publish all notes" uses for it). */
	siteKey: string;
	dryRun: boolean;
}

export interface ImportedPostReport {
	post: string;
	note: string;
	action: ImportAction;
	attachments: string[];
	callouts: number;
	kept: KeptItem[];
}

export interface ImportOutcome {
	posts: ImportedPostReport[];
	skipped: SkippedPost[];
	/** Attachments copied into the vault (or that would be, on a dry run). */
	attachments: string[];
	counts: ImportCounts;
	/** The publish record with the imported notes as the posts' authors; unchanged on a dry run. */
	manifest: PublishManifest;
	failures: Array<{ post: string; message: string }>;
}

const READ_CONCURRENCY = 8;

function configUrl(configYml: string | null): string | null {
	try {
		const config = configYml === null ? null : (yaml.load(configYml, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> | null);
		return config && typeof config.url === "string" ? config.url : null;
	} catch {
		return null;
	}
}

/**
 * Brings a blog's posts into the vault: one note per post (front matter as written plus
 * `publish: true`), images copied as attachments, and each note recorded as its post's author
 * with the post's content hash, so the next publish writes nothing. Nothing is overwritten; an
 * import run twice changes nothing the second time.
 */
export async function runImport(request: ImportRequest): Promise<ImportOutcome> {
	const { source, store } = request;
	const siteFiles = await source.listFiles();
	const siteFileSet = new Set(siteFiles);
	const configYml = await source.readText("_config.yml");
	const site = parseSiteConfig(configYml, request.settings);
	const origin = siteOrigin(configUrl(configYml));
	const postPaths = siteFiles.filter(isPostPath);
	const read = await mapLimited(postPaths, READ_CONCURRENCY, async (path) => readBlogPost(path, (await source.readText(path)) ?? "", site));
	const posts = read.filter((item): item is BlogPost => "text" in item);
	const skipped = read.filter((item): item is SkippedPost => !("text" in item));
	const catalogue = new BlogCatalogue(posts, site);

	const vaultFiles = await store.listFiles();
	const vaultPaths = new Set(vaultFiles.map((file) => file.path));
	const vaultNotes = await mapLimited(
		vaultFiles.filter((file) => isMarkdownPath(file.path)),
		READ_CONCURRENCY * 4,
		async (file) => ({ path: file.path, text: await store.read(file.path) }),
	);
	const previous = siteManifest(request.manifest, request.siteKey);
	const recordedPosts = new Map(Object.entries(previous.notes).map(([note, entry]) => [entry.post, note]));
	const plan = planImport({ posts, folder: request.folder, vaultNotes, vaultPaths, recordedPosts });
	const noteOf = new Map(plan.map((item) => [item.post.path, item.notePath]));
	const names = new VaultLinkNames([...vaultPaths, ...plan.filter((item) => item.action === "create").map((item) => item.notePath)]);

	const withoutBaseurl = (address: string): string => (site.baseurl && address.startsWith(`${site.baseurl}/`) ? address.slice(site.baseurl.length) : address);
	const postOf = (reference: SiteReference): BlogPost | null => {
		if (reference.kind === "post-name") return catalogue.byName(reference.name) ?? null;
		if (reference.kind === "site-file") return catalogue.bySitePath(reference.path) ?? null;
		if (reference.kind === "address") return catalogue.bySiteAddress(reference.address) ?? null;
		return null;
	};
	const siteFileOf = (reference: SiteReference): string | null => {
		if (reference.kind !== "address" && reference.kind !== "site-file") return null;
		const path = reference.kind === "site-file" ? reference.path : decodeSafe(withoutBaseurl(reference.address)).replace(/^\/+/, "");
		return siteFileSet.has(path) && !isMarkdownPath(path) && !path.startsWith("_") ? path : null;
	};
	const attachmentVaultPath = (sitePath: string): string => [request.folder, sitePath].filter((part) => part !== "").join("/");

	const reports: ImportedPostReport[] = [];
	const attachments = new Map<string, string>();
	const pending: Array<{ report: ImportedPostReport; text: string; post: BlogPost; addresses: Record<string, string> }> = [];
	for (const item of plan) {
		const used: string[] = [];
		const addresses: Record<string, string> = {};
		const note = postToNote(item.post, {
			postOf,
			siteFileOf,
			readReference: (destination) => readSiteReference(destination, origin),
			notePath: (post) => names.linkPath(noteOf.get(post.path) ?? post.name),
			attachmentPath: (sitePath, destination) => {
				const vaultPath = attachmentVaultPath(sitePath);
				attachments.set(vaultPath, sitePath);
				used.push(vaultPath);
				if (!(vaultPath in addresses)) addresses[vaultPath] = destination.trim();
				names.add(vaultPath);
				return names.linkPath(vaultPath, true);
			},
		});
		const report: ImportedPostReport = { post: item.post.path, note: item.notePath, action: item.action, attachments: used, callouts: note.callouts, kept: note.kept };
		reports.push(report);
		if (item.action === "create") pending.push({ report, text: note.text, post: item.post, addresses });
	}
	const neededAttachments = [...new Set(pending.flatMap((item) => item.report.attachments))].filter((path) => !vaultPaths.has(path));
	const counts: ImportCounts = {
		posts: posts.length,
		create: plan.filter((item) => item.action === "create").length,
		link: plan.filter((item) => item.action === "link").length,
		already: plan.filter((item) => item.action === "already").length,
		conflict: plan.filter((item) => item.action === "conflict").length,
		attachments: neededAttachments.length,
		callouts: pending.reduce((sum, item) => sum + item.report.callouts, 0),
		kept: pending.reduce((sum, item) => sum + item.report.kept.length, 0),
		skipped: skipped.length,
	};
	const outcome: ImportOutcome = { posts: reports, skipped, attachments: neededAttachments, counts, manifest: request.manifest, failures: [] };
	if (request.dryRun) return outcome;

	// Attachments first: a note never points at an image that is not there yet.
	for (const vaultPath of neededAttachments) {
		const bytes = await source.readBinary(attachments.get(vaultPath)!);
		await store.createBinary(vaultPath, bytes).catch((error: unknown) => {
			// Created meanwhile: the file is there, which is all the note needs.
			if (!(error instanceof Error && error.name === "FileExistsError")) throw error;
		});
	}
	const notes: Record<string, ManifestEntry> = { ...previous.notes };
	const record = async (notePath: string, post: BlogPost, text: string, origin?: ImportedOrigin): Promise<void> => {
		const stat = await store.stat(notePath);
		const entry: ManifestEntry = { post: post.path, hash: contentHash(post.text), assets: [], url: post.url, importedNote: contentHash(text), ...(stat ? { sourceMtime: stat.mtime } : {}) };
		if (origin) entry.imported = origin;
		notes[notePath] = entry;
	};
	for (const item of pending) {
		try {
			await store.create(item.report.note, item.text);
			await record(item.report.note, item.post, item.text, importedOrigin(item.post, item.text, attachments, item.addresses));
		} catch (error) {
			outcome.failures.push({ post: item.post.path, message: error instanceof Error ? error.message : String(error) });
		}
	}
	for (const item of plan.filter((planned) => planned.action === "link")) {
		try {
			const text = await store.process(item.notePath, (current) => withPublishTrue(item.notePath, current));
			await record(item.notePath, item.post, text);
		} catch (error) {
			outcome.failures.push({ post: item.post.path, message: error instanceof Error ? error.message : String(error) });
		}
	}
	outcome.manifest = withSiteManifest(request.manifest, request.siteKey, { ...previous, notes });
	return outcome;
}

/**
 * What a publish of the new note keeps of its post: the author's front matter, the post's folder,
 * its Liquid (still in the note as written) and the site files of its images.
 */
function importedOrigin(post: BlogPost, noteText: string, sitePaths: ReadonlyMap<string, string>, addresses: Record<string, string>): ImportedOrigin {
	const assets = Object.fromEntries(Object.keys(addresses).map((vaultPath) => [vaultPath, sitePaths.get(vaultPath)!] as const));
	return { frontMatter: contentHash(post.rawFrontMatter), post: post.path, liquid: liquidSpans(noteText), assets, addresses };
}

/** A linked note says `publish: true` (unless it says `publish` already), so a publish keeps its post. */
function withPublishTrue(path: string, text: string): string {
	const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return `---\npublish: true\n---\n${text}`;
	if (/^publish[ \t]*:/im.test(match[0])) return text;
	return frontMatterWithPublish(match[0], false) + text.slice(match[0].length);
}

function decodeSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
