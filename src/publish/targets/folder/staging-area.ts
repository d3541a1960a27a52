import type { SiteDisk } from "../site-disk";

/**
 * Each run stages new contents in its own hidden folder at the site's root and renames them into
 * place from there: names are unique per run and short whatever the post's name (a 255-byte name
 * plus a suffix would not fit), and whatever an interrupted run left is one folder to remove.
 */
export const STAGING_PREFIX = ".learning-log-staging-";
const JOURNAL = "journal.json";
/** Temporary files of earlier versions, staged beside their targets. */
export const LEGACY_TEMPORARY = /^\..+\.learning-log\.tmp$/;

export interface JournalEntry {
	path: string;
	blob: string;
}

export function stagingFolderName(run: string): string {
	return `${STAGING_PREFIX}${run}`;
}

/**
 * Written just before the first rename: which files this run is about to put in place. Until the
 * record is saved it is the only trace that they are ours; the next run reads it back.
 */
export async function writeJournal(disk: SiteDisk, stagingFolder: string, entries: readonly JournalEntry[]): Promise<void> {
	await disk.fs.writeFile(disk.path.join(stagingFolder, JOURNAL), new TextEncoder().encode(JSON.stringify(entries)));
}

function readJournal(bytes: Uint8Array): JournalEntry[] {
	try {
		const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
		if (!Array.isArray(value)) return [];
		return (value as Array<Partial<JournalEntry> | null>).filter(
			(entry): entry is JournalEntry => typeof entry?.path === "string" && typeof entry.blob === "string",
		);
	} catch {
		return [];
	}
}

/**
 * Removes the staging folders interrupted runs left (the lock is held, so none is in use) and
 * returns what their journals say was being put in place. Their entries are first copied into this
 * run's own journal, so a second interruption loses nothing.
 */
export async function sweepStaging(disk: SiteDisk, root: string, ownFolder: string): Promise<JournalEntry[]> {
	const entries = await disk.fs.readdir(root);
	const found: JournalEntry[] = [];
	const folders: string[] = [];
	for (const entry of entries) {
		if (!entry.name.startsWith(STAGING_PREFIX) || !entry.isDirectory()) continue;
		const folder = disk.path.join(root, entry.name);
		if (folder === ownFolder) continue;
		folders.push(folder);
		found.push(...(await disk.fs.readFile(disk.path.join(folder, JOURNAL)).then(readJournal, () => [])));
	}
	if (found.length > 0) {
		await disk.fs.mkdir(ownFolder).catch(() => undefined);
		await writeJournal(disk, ownFolder, found);
	}
	for (const folder of folders) await disk.fs.removeTree(folder);
	return found;
}
