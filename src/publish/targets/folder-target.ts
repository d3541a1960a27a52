import { acquireSiteLock } from "./folder/site-lock";
import { stagingFolderName, sweepStaging, writeJournal, type JournalEntry } from "./folder/staging-area";
import { surveyFolders } from "./folder/survey-folders";
import { gitBlobHash } from "./git-blob-hash";
import { foldersOverlap } from "../site-overlap";
import type { ApplyProgress, ApplyResult, FileFailure, PublishChanges, PublishSession, PublishTarget, SiteFile, SiteSurvey } from "./publish-target";
import { errorCode, type SiteDisk, type SiteDiskLoader, type SiteStat } from "./site-disk";
import { assertSafeSitePath, SitePathError } from "./site-path";

/** What lstat said of a folder on the way to a site path. */
type FolderVerdict = "inside" | "missing" | "outside" | "not-a-folder";

interface StagedFile {
	path: string;
	absolute: string;
	temporary: string;
	blob: string;
}

/** A name for this run's staging folder that no other run shares. */
function newRunId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(6));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export interface FolderTargetOptions {
	/** The vault's folder: a site folder that overlaps it is refused before anything is read. */
	vaultRoot?: string;
	/** Milliseconds since the epoch, for the lock's age. */
	now?: () => number;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

const encoder = new TextEncoder();
const STAGE_CONCURRENCY = 16;

function bytesOf(content: SiteFile["content"]): Uint8Array {
	return typeof content === "string" ? encoder.encode(content) : content;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * Publishes into a folder on disk (a clone of the blog repository), desktop and CLI only.
 * A run holds the site's lock, first clears what an interrupted run left, and checks every path
 * before anything changes. New contents are staged in this run's own hidden folder and renamed
 * into place only once all of them were written; a file that cannot be written fails alone.
 * Identical files are not rewritten.
 */
export class FolderTarget implements PublishTarget {
	readonly kind = "folder" as const;
	private disk: SiteDisk | null = null;
	private realRoot = "";
	private readonly run = newRunId();
	/** What interrupted runs were putting in place (from their journals), kept until our record is saved. */
	private inherited: JournalEntry[] = [];
	private releaseLock: (() => Promise<void>) | null = null;
	/** Folders already known to lie inside the site (after following symlinks). */
	private readonly safeFolders = new Set<string>();
	private readonly folderReady = new Map<string, Promise<void>>();

	constructor(
		readonly root: string,
		private readonly loadDisk: SiteDiskLoader,
		private readonly options: FolderTargetOptions = {},
	) {}

	private stagingFolder(disk: SiteDisk): string {
		return disk.path.join(this.realRoot, stagingFolderName(this.run));
	}

	async begin(): Promise<PublishSession> {
		const disk = await this.open();
		const release = await acquireSiteLock(disk, this.realRoot, this.run, (this.options.now ?? Date.now)());
		try {
			this.inherited = await sweepStaging(disk, this.realRoot, this.stagingFolder(disk));
		} catch (error) {
			await release();
			throw error;
		}
		this.releaseLock = release;
		return {
			finish: async (recordSaved) => {
				// Until the record is saved, the journal is the only trace that the files just placed are ours.
				if (recordSaved) await disk.fs.removeTree(this.stagingFolder(disk)).catch(() => undefined);
				this.releaseLock = null;
				await release();
			},
		};
	}

	async survey(folders: readonly string[]): Promise<SiteSurvey> {
		const disk = await this.open();
		const blobs = new Map<string, Promise<string | null>>();
		const blobOf = (path: string): Promise<string | null> => {
			let blob = blobs.get(path);
			if (!blob) {
				blob = this.resolveInside(disk, path).then(async ({ absolute, stat }) => (stat?.isFile() ? gitBlobHash(await disk.fs.readFile(absolute)) : null));
				blobs.set(path, blob);
			}
			return blob;
		};
		const existing = await surveyFolders(disk, this.realRoot, folders, (folder) => this.isInside(disk, folder));
		return { existing, blobOf, interrupted: new Map(this.inherited.map((entry) => [entry.path, entry.blob])) };
	}

	private async open(): Promise<SiteDisk> {
		if (this.disk) return this.disk;
		const disk = await this.loadDisk();
		const stat = await disk.fs.lstat(this.root).catch(() => null);
		if (!stat) throw new SitePathError("missing-folder", this.root);
		this.realRoot = await disk.fs.realpath(this.root);
		const rootStat = await disk.fs.lstat(this.realRoot);
		if (!rootStat.isDirectory()) throw new SitePathError("missing-folder", this.root);
		const vault = this.options.vaultRoot;
		if (vault !== undefined) {
			const realVault = await disk.fs.realpath(vault).catch(() => vault);
			if (foldersOverlap(this.realRoot, realVault)) throw new SitePathError("overlaps-vault", this.realRoot);
		}
		this.disk = disk;
		return disk;
	}

	/** The site folder with symlinks resolved: what identifies this site in the manifest. */
	async resolvedRoot(): Promise<string> {
		await this.open();
		return this.realRoot;
	}

	async readText(path: string): Promise<string | null> {
		const disk = await this.open();
		const { absolute } = await this.resolveInside(disk, path);
		try {
			return new TextDecoder().decode(await disk.fs.readFile(absolute));
		} catch (error) {
			if (errorCode(error) === "ENOENT") return null;
			throw error;
		}
	}

	async apply(changes: PublishChanges, options: { message: string; onProgress?: ApplyProgress }): Promise<ApplyResult> {
		const disk = await this.open();
		const progress = options.onProgress ?? (() => undefined);
		const seen = new Set<string>();
		for (const file of changes.write) {
			// Two contents for one path would stage into the same temporary file: refuse the whole set.
			if (seen.has(file.path)) throw new SitePathError("duplicate-path", file.path);
			seen.add(file.path);
		}
		// The paths are resolved all at once; most share their folders, so each folder is checked once.
		const verdicts = new Map<string, Promise<FolderVerdict>>();
		const writes = await Promise.all(changes.write.map(async (file) => ({ file, ...(await this.resolveInside(disk, file.path, verdicts)) })));
		const deletes = await Promise.all(changes.delete.map(async (path) => ({ path, ...(await this.resolveInside(disk, path, verdicts)) })));
		this.folderReady.clear();
		const staging = this.stagingFolder(disk);
		if (writes.length > 0) await disk.fs.mkdir(staging).catch((error: unknown) => {
			if (errorCode(error) !== "EEXIST") throw error;
		});
		const createdFolders: string[] = [];
		const outcomes = new Array<StagedFile | "unchanged" | FileFailure | undefined>(writes.length);
		let next = 0;
		let done = 0;
		// A few files in flight at once: on a slow disk the latency of each call dominates.
		const worker = async () => {
			while (next < writes.length) {
				const index = next++;
				try {
					outcomes[index] = await this.stage(disk, writes[index], staging, index, createdFolders);
				} catch (error) {
					// One file that cannot be written (a folder in the way, a name the disk refuses) fails alone.
					outcomes[index] = { path: writes[index].file.path, message: messageOf(error) };
				}
				progress(++done, writes.length, "write");
			}
		};
		await Promise.all(Array.from({ length: Math.min(STAGE_CONCURRENCY, writes.length) }, worker));
		const staged = outcomes.filter((outcome): outcome is StagedFile => typeof outcome === "object" && "temporary" in outcome);
		const result: ApplyResult = { written: [], deleted: [], unchanged: [], failed: [] };
		writes.forEach(({ file }, index) => {
			const outcome = outcomes[index];
			if (outcome === "unchanged") result.unchanged.push(file.path);
			else if (typeof outcome === "object" && "message" in outcome) result.failed!.push(outcome);
		});
		if (staged.length > 0) {
			await writeJournal(disk, staging, [...this.inherited, ...staged.map((file) => ({ path: file.path, blob: file.blob }))]);
		}
		for (const file of staged) {
			try {
				await disk.fs.rename(file.temporary, file.absolute);
				result.written.push(file.path);
			} catch (error) {
				await disk.fs.unlink(file.temporary).catch(() => undefined);
				result.failed!.push({ path: file.path, message: messageOf(error) });
			}
		}
		for (const [index, { path, absolute }] of deletes.entries()) {
			try {
				if (await this.deleteFile(disk, absolute)) result.deleted.push(path);
			} catch (error) {
				result.failed!.push({ path, message: messageOf(error) });
			}
			progress(index + 1, deletes.length, "delete");
		}
		await this.pruneFolders(disk, createdFolders);
		// Without a session nobody saves a record afterwards: the staging folder goes now.
		if (this.releaseLock === null) await disk.fs.removeTree(staging).catch(() => undefined);
		if (result.failed!.length === 0) delete result.failed;
		return result;
	}

	/** Compares one file with what is on disk; a different one is written into the staging folder. */
	private async stage(
		disk: SiteDisk,
		write: { file: SiteFile; absolute: string; stat: SiteStat | null },
		staging: string,
		index: number,
		created: string[],
	): Promise<StagedFile | "unchanged"> {
		const { file, absolute, stat } = write;
		const bytes = bytesOf(file.content);
		if (stat && !stat.isSymbolicLink() && !stat.isFile()) throw new SitePathError("not-a-file", file.path);
		// A symlink (inside the site) is replaced by a real file: rename swaps the link itself.
		if (stat?.isFile() && sameBytes(await disk.fs.readFile(absolute), bytes)) return "unchanged";
		await this.ensureFolder(disk, disk.path.dirname(absolute), created);
		// A short name of its own, whatever the length of the post's name.
		const temporary = disk.path.join(staging, String(index));
		try {
			await disk.fs.writeFile(temporary, bytes);
		} catch (error) {
			await disk.fs.unlink(temporary).catch(() => undefined);
			throw error;
		}
		return { path: file.path, absolute, temporary, blob: file.blob ?? (await gitBlobHash(bytes)) };
	}

	/** Creates a missing folder (and its parents) once, however many files go into it. */
	private ensureFolder(disk: SiteDisk, folder: string, created: string[]): Promise<void> {
		if (folder === this.realRoot) return Promise.resolve();
		let ready = this.folderReady.get(folder);
		if (!ready) {
			ready = (async () => {
				if (await disk.fs.lstat(folder).then(() => true, () => false)) return;
				await this.ensureFolder(disk, disk.path.dirname(folder), created);
				await disk.fs.mkdir(folder);
				created.push(folder);
			})();
			this.folderReady.set(folder, ready);
		}
		return ready;
	}

	/** Folders created for files that then failed stay empty: remove them again. */
	private async pruneFolders(disk: SiteDisk, createdFolders: string[]): Promise<void> {
		for (const folder of [...createdFolders].reverse()) await disk.fs.rmdir(folder).catch(() => undefined);
	}

	/** Deletes one file (never a folder) and then the folders it leaves empty, up to the site root. */
	private async deleteFile(disk: SiteDisk, absolute: string): Promise<boolean> {
		const stat = await disk.fs.lstat(absolute).catch(() => null);
		if (!stat || stat.isDirectory()) return false;
		await disk.fs.unlink(absolute);
		let folder = disk.path.dirname(absolute);
		while (folder !== this.realRoot && folder.startsWith(this.realRoot + disk.path.sep)) {
			try {
				await disk.fs.rmdir(folder);
			} catch {
				break; // not empty: other files live there
			}
			this.safeFolders.delete(folder);
			this.folderReady.delete(folder);
			folder = disk.path.dirname(folder);
		}
		return true;
	}

	/**
	 * The absolute path of a site path, after proving it stays inside the site: the text is checked
	 * first, then every existing folder on the way is resolved through symlinks.
	 */
	private async resolveInside(
		disk: SiteDisk,
		path: string,
		verdicts = new Map<string, Promise<FolderVerdict>>(),
	): Promise<{ absolute: string; stat: SiteStat | null }> {
		assertSafeSitePath(path);
		const absolute = disk.path.resolve(this.realRoot, ...path.split("/"));
		if (!this.isInside(disk, absolute)) throw new SitePathError("outside-site", path);
		let folder = disk.path.dirname(absolute);
		const toCheck: string[] = [];
		while (folder !== this.realRoot && !this.safeFolders.has(folder)) {
			toCheck.push(folder);
			folder = disk.path.dirname(folder);
		}
		for (const candidate of toCheck.reverse()) {
			let verdict = verdicts.get(candidate);
			if (!verdict) {
				verdict = this.checkFolder(disk, candidate);
				verdicts.set(candidate, verdict);
			}
			const found = await verdict;
			if (found === "missing") break; // does not exist yet: mkdir will create a real folder here
			if (found === "outside") throw new SitePathError("outside-site", path);
			if (found === "not-a-folder") throw new SitePathError("not-a-file", path);
		}
		const own = await disk.fs.lstat(absolute).catch(() => null);
		if (own?.isSymbolicLink()) {
			const target = await disk.fs.realpath(absolute).catch(() => null);
			if (target !== null && !this.isInside(disk, target)) throw new SitePathError("outside-site", path);
		}
		return { absolute, stat: own };
	}

	private async checkFolder(disk: SiteDisk, folder: string): Promise<FolderVerdict> {
		const stat = await disk.fs.lstat(folder).catch(() => null);
		if (!stat) return "missing";
		if (stat.isSymbolicLink() && !this.isInside(disk, await disk.fs.realpath(folder))) return "outside";
		if (!stat.isSymbolicLink() && !stat.isDirectory()) return "not-a-folder";
		this.safeFolders.add(folder);
		return "inside";
	}

	isInside(disk: SiteDisk, absolute: string): boolean {
		const relative = disk.path.relative(this.realRoot, absolute);
		return relative !== "" && !relative.startsWith("..") && !disk.path.isAbsolute(relative);
	}
}
