import { errorCode, type SiteDisk } from "../site-disk";
import { SitePathError } from "../site-path";

/** The lock file in the site folder; hidden, so Jekyll never publishes it. */
export const LOCK_NAME = ".learning-log.lock";
/** A lock older than this is taken over even when its owner cannot be checked (another machine). */
export const STALE_LOCK_MS = 60 * 60 * 1000;

interface LockContent {
	run: string;
	pid?: number;
	hostname?: string;
	since: number;
}

const encoder = new TextEncoder();

function readLock(bytes: Uint8Array): LockContent | null {
	try {
		const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<LockContent>;
		return typeof value.run === "string" && typeof value.since === "number" ? (value as LockContent) : null;
	} catch {
		return null;
	}
}

/**
 * Whether a lock can be taken over: its process is gone (same machine), it is older than
 * STALE_LOCK_MS, or it cannot be read (a run killed while writing it). A crashed run never blocks
 * the site for ever.
 */
function isStale(lock: LockContent | null, disk: SiteDisk, now: number): boolean {
	if (!lock) return true;
	if (now - lock.since > STALE_LOCK_MS) return true;
	const host = disk.host;
	if (host && lock.hostname === host.hostname && typeof lock.pid === "number") return lock.pid !== host.pid && !host.isAlive(lock.pid);
	return false;
}

/**
 * Takes the site folder's lock for one run, or throws `locked` when another live publish holds it.
 * Returns the function that releases it (only if it is still ours).
 */
export async function acquireSiteLock(disk: SiteDisk, root: string, run: string, now: number): Promise<() => Promise<void>> {
	const path = disk.path.join(root, LOCK_NAME);
	const content: LockContent = { run, since: now, ...(disk.host ? { pid: disk.host.pid, hostname: disk.host.hostname } : {}) };
	const bytes = encoder.encode(`${JSON.stringify(content)}\n`);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			await disk.fs.writeFileExclusive(path, bytes);
			return async () => {
				const current = await disk.fs.readFile(path).then(readLock, () => null);
				if (current?.run === run) await disk.fs.unlink(path).catch(() => undefined);
			};
		} catch (error) {
			if (errorCode(error) !== "EEXIST") throw error;
		}
		const existing = await disk.fs.readFile(path).then(readLock, () => null);
		if (!isStale(existing, disk, now)) throw new SitePathError("locked", LOCK_NAME);
		await disk.fs.unlink(path).catch(() => undefined);
	}
	throw new SitePathError("locked", LOCK_NAME);
}
