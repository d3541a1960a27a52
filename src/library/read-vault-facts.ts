import { FrontMatterError, parseNote } from "../core/front-matter";
import type { NoteStore, StoredFile } from "../core/note-store";
import { scopeTest, type FolderScope } from "./folder-scope";
import { scanInlineTags } from "./inline-tags";
import { extractNoteFacts, type NoteFacts } from "./note-facts";

export interface VaultFacts {
	facts: NoteFacts[];
	/** Notes whose front matter could not be read: still listed (by file name), with the reason. */
	problems: { path: string; reason: string }[];
}

/** Reads every note in scope from a store (the CLI's folder, a test's memory) into facts. */
export async function readVaultFacts(store: NoteStore, scope: FolderScope): Promise<VaultFacts> {
	const facts: NoteFacts[] = [];
	const problems: VaultFacts["problems"] = [];
	const isInScope = scopeTest(scope);
	const add = (file: StoredFile, text: string): void => {
		let frontMatter: Record<string, unknown> | null = null;
		let body = text;
		try {
			const parsed = parseNote(file.path, text);
			frontMatter = parsed.frontMatter;
			body = parsed.body;
		} catch (error) {
			if (!(error instanceof FrontMatterError)) throw error;
			problems.push({ path: file.path, reason: error.reason });
		}
		facts.push(extractNoteFacts({ path: file.path, frontMatter, inlineTags: scanInlineTags(body), ctime: file.ctime, mtime: file.mtime }));
	};
	if (store.listPaths && store.readWithStat) {
		// Listed bare, each note read with its times: no stat per file in the listing.
		for (const path of await store.listPaths()) {
			if (!isInScope(path)) continue;
			// Gone since the listing: not a note any more, as a listing with times would have left it out.
			const note = store.readWithStat(path);
			if (note) add(note.file, note.text);
		}
	} else {
		for (const file of await store.listFiles()) {
			if (isInScope(file.path)) add(file, await store.read(file.path));
		}
	}
	return { facts, problems };
}
