import { mapLimited } from "../../../core/map-limited";
import { gitBlobHash, toBytes } from "../git-blob-hash";
import type { FileFailure, SiteFile } from "../publish-target";
import type { SiteDisk, SiteStat } from "../site-disk";
import { SitePathError } from "../site-path";

/** One file to put on the site, with what is at its path now. */
export interface PlannedWrite {
	file: SiteFile;
	absolute: string;
	/** What lstat found there; null when nothing is there (or the survey proved it). */
	stat: SiteStat | null;
	/** The blob id of the file there, when this run's survey read it already. */
	siteBlob?: Promise<string | null>;
}

/** New content written into the staging folder, waiting to be renamed into place. */
export interface StagedFile {
	path: string;
	absolute: string;
	temporary: string;
	blob: string;
}

export type StageOutcome = StagedFile | "unchanged" | FileFailure;

export function isStaged(outcome: StageOutcome): outcome is StagedFile {
	return typeof outcome === "object" && "temporary" in outcome;
}

/** Files in flight at once with an asynchronous disk, where the latency of each call dominates. */
const STAGE_CONCURRENCY = 16;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Writes each new or different file once, into the staging folder under a short name of its own
 * (its index), creating the folders it will go into on the way. Identical files are left alone;
 * a file that cannot be written fails alone. Returns one outcome per write, in order, and the
 * folders it created (the caller removes those left empty).
 */
export async function stageFiles(
	disk: SiteDisk,
	root: string,
	writes: readonly PlannedWrite[],
	staging: string,
	progress: (done: number, total: number) => void,
): Promise<{ outcomes: StageOutcome[]; createdFolders: string[] }> {
	const createdFolders: string[] = [];
	const folderReady = new Map<string, Promise<void>>();
	/** Creates a missing folder (and its parents) once, however many files go into it. */
	const ensureFolder = (folder: string): Promise<void> => {
		if (folder === root) return Promise.resolve();
		let ready = folderReady.get(folder);
		if (!ready) {
			ready = (async () => {
				if (await disk.fs.lstat(folder).then(() => true, () => false)) return;
				await ensureFolder(disk.path.dirname(folder));
				await disk.fs.mkdir(folder);
				createdFolders.push(folder);
			})();
			folderReady.set(folder, ready);
		}
		return ready;
	};
	const stage = async (write: PlannedWrite, index: number): Promise<StagedFile | "unchanged"> => {
		const { file, absolute, stat } = write;
		const bytes = toBytes(file.content);
		if (stat && !stat.isSymbolicLink() && !stat.isFile()) throw new SitePathError("not-a-file", file.path);
		// A symlink (inside the site) is replaced by a real file: rename swaps the link itself.
		if (stat?.isFile() && (await sameAsSite(disk, write, bytes))) return "unchanged";
		await ensureFolder(disk.path.dirname(absolute));
		const temporary = disk.path.join(staging, String(index));
		try {
			await disk.fs.writeFile(temporary, bytes);
		} catch (error) {
			await disk.fs.unlink(temporary).catch(() => undefined);
			throw error;
		}
		return { path: file.path, absolute, temporary, blob: file.blob ?? (await gitBlobHash(bytes)) };
	};
	const outcomes = await mapLimited(
		writes,
		STAGE_CONCURRENCY,
		async (write, index): Promise<StageOutcome> => {
			try {
				return await stage(write, index);
			} catch (error) {
				// A folder in the way, a name the disk refuses: that file fails, the others go on.
				return { path: write.file.path, message: messageOf(error) };
			}
		},
		progress,
	);
	return { outcomes, createdFolders };
}

/** Whether the file there holds these bytes: by blob id when the survey read it, else read again. */
async function sameAsSite(disk: SiteDisk, write: PlannedWrite, bytes: Uint8Array): Promise<boolean> {
	const known = write.siteBlob ? await write.siteBlob : null;
	if (known !== null) return known === (write.file.blob ?? (await gitBlobHash(bytes)));
	return sameBytes(await disk.fs.readFile(write.absolute), bytes);
}

/** Folders created for files that then failed stay empty: remove them again. */
export async function pruneFolders(disk: SiteDisk, createdFolders: readonly string[]): Promise<void> {
	for (const folder of [...createdFolders].reverse()) await disk.fs.rmdir(folder).catch(() => undefined);
}
