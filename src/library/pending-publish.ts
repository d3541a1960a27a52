import { isInFolders } from "../publish/plan/select-notes";
import type { PublishStateSource } from "./publish-state";

export interface PendingNote {
	path: string;
	/** Front matter `publish`; null when the note does not say. */
	publish: boolean | null;
	mtime: number;
}

export interface PendingOptions {
	publishedFolders: readonly string[];
	/** Never published (the day template). */
	excluded: readonly string[];
	/** Notes the last publish put on the site, to count the ones that will be taken down. */
	publishedPaths: Iterable<string>;
}

/** Whether a publish of everything would publish this note: marked, or in a published folder and not marked private. */
export function wouldPublish(note: Pick<PendingNote, "path" | "publish">, options: Pick<PendingOptions, "publishedFolders" | "excluded">): boolean {
	if (options.excluded.includes(note.path)) return false;
	return note.publish === true || (note.publish === null && isInFolders(note.path, options.publishedFolders));
}

/**
 * How many notes the next publish would change on the site: marked notes never published or
 * edited since, plus published notes that were unmarked or deleted (their posts come down).
 */
export function countPendingChanges(notes: Iterable<PendingNote>, states: PublishStateSource, options: PendingOptions): number {
	let count = 0;
	const present = new Set<string>();
	for (const note of notes) {
		present.add(note.path);
		const state = states.stateOf(note.path, note.mtime);
		if (wouldPublish(note, options)) {
			if (state === "never" || state === "changed") count++;
		} else if (state === "published" || state === "changed") {
			count++;
		}
	}
	for (const path of options.publishedPaths) if (!present.has(path)) count++;
	return count;
}
