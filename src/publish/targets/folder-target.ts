import { acquireSiteLock } from "./folder/site-lock";
import { SiteResolver, type FolderVerdicts } from "./folder/site-resolver";
import { stagingFolderName, sweepStaging, writeJournal, type JournalEntry } from "./folder/staging-area";
import { surveyedAbsent, surveyFolders, type SurveyedFolders } from "./folder/survey-folders";
import { gitBlobHash } from "./git-blob-hash";
import { isStaged, pruneFolders, stageFiles } from "./folder/stage-files";
import { foldersOverlap } from "../site-overlap";
import type { ApplyProgress, ApplyResult, PublishChanges, PublishSession, PublishTarget, SiteSurvey } from "./publish-target";
import { errorCode, type SiteDisk, type SiteDiskLoader } from "./site-disk";
import { SitePathError } from "./site-path";

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

/**
 * Publishes into a folder on disk (a clone of the blog repository), desktop and CLI only.
 * A run holds the site's lock, first clears what an interrupted run left, and checks every path
 * before anything changes. New contents are staged in this run's own hidden folder and renamed
 * into place only once all of them were written; a file that cannot be written fails alone.
 * Identical files are not rewritten. Each file is written once; a path the run's survey found
 * empty, or whose content it hashed, is not looked at again before the write.
 */
export class FolderTarget implements PublishTarget {
	readonly kind = "folder" as const;
	private disk: SiteDisk | null = null;
	private resolver: SiteResolver | null = null;
	private realRoot = "";
	private readonly run = newRunId();
	/** What interrupted runs were putting in place (from their journals), kept until our record is saved. */
	private inherited: JournalEntry[] = [];
	private releaseLock: (() => Promise<void>) | null = null;
	/** What this run's survey saw, and the blob ids it read: no second look before a write. */
	private surveyed: { folders: SurveyedFolders; blobs: Map<string, Promise<string | null>> } | null = null;

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
				blob = this.paths().resolve(path).then(async ({ absolute, stat }) => (stat?.isFile() ? gitBlobHash(await disk.fs.readFile(absolute)) : null));
				blobs.set(path, blob);
			}
			return blob;
		};
		const surveyed = await surveyFolders(disk, this.realRoot, folders, (folder) => this.paths().isInside(folder));
		this.surveyed = { folders: surveyed, blobs };
		return { existing: surveyed.files, blobOf, interrupted: new Map(this.inherited.map((entry) => [entry.path, entry.blob])) };
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
		this.resolver = new SiteResolver(disk, this.realRoot);
		return disk;
	}

	private paths(): SiteResolver {
		if (!this.resolver) throw new Error("The site folder is not open yet.");
		return this.resolver;
	}

	/** The site folder with symlinks resolved: what identifies this site in the manifest. */
	async resolvedRoot(): Promise<string> {
		await this.open();
		return this.realRoot;
	}

	async readText(path: string): Promise<string | null> {
		const disk = await this.open();
		const { absolute } = await this.paths().resolve(path);
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
		// A path this run's survey found empty is not looked at again.
		const verdicts: FolderVerdicts = new Map();
		// Only while the lock is held does the survey still tell what is there.
		const surveyed = this.releaseLock !== null ? this.surveyed : null;
		this.surveyed = null; // what follows changes the site
		const absent = (path: string) => surveyed !== null && surveyedAbsent(surveyed.folders, path);
		const writes = await Promise.all(
			changes.write.map(async (file) => ({ file, siteBlob: surveyed?.blobs.get(file.path), ...(await this.paths().resolve(file.path, verdicts, absent(file.path))) })),
		);
		const deletes = await Promise.all(changes.delete.map(async (path) => ({ path, ...(await this.paths().resolve(path, verdicts)) })));
		const staging = this.stagingFolder(disk);
		if (writes.length > 0) await disk.fs.mkdir(staging).catch((error: unknown) => {
			if (errorCode(error) !== "EEXIST") throw error;
		});
		const { outcomes, createdFolders } = await stageFiles(disk, this.realRoot, writes, staging, (done, total) => progress(done, total, "write"));
		const staged = outcomes.filter(isStaged);
		const result: ApplyResult = { written: [], deleted: [], unchanged: [], failed: [] };
		writes.forEach(({ file }, index) => {
			const outcome = outcomes[index];
			if (outcome === "unchanged") result.unchanged.push(file.path);
			else if (!isStaged(outcome)) result.failed!.push(outcome);
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
		await pruneFolders(disk, createdFolders);
		// Without a session nobody saves a record afterwards: the staging folder goes now.
		if (this.releaseLock === null) await disk.fs.removeTree(staging).catch(() => undefined);
		if (result.failed!.length === 0) delete result.failed;
		return result;
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
			this.paths().forget(folder);
			folder = disk.path.dirname(folder);
		}
		return true;
	}
}
