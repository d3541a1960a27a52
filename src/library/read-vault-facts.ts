import { FrontMatterError, parseNote } from "../core/front-matter";
import type { NoteStore, StoredFile } from "../core/note-store";
import { isInScope, type FolderScope } from "./folder-scope";
import { scanInlineTags } from "./inline-tags";
import { extractNoteFacts, type NoteFacts } from "./note-facts";

export interface VaultFacts {
	facts: NoteFacts[];
	/** Notes whose front matter could not be read: still listed (by file name), with the reason. */
	problems: { path: string; reason: string }[];
}

/** Each note in scope with its text, in the store's order: read as listed, or listed bare and each read with its times. */
async function* notesInScope(store: NoteStore, scope: FolderScope): AsyncGenerator<{ file: StoredFile; text: string }> {
	if (store.listPaths && store.readWithStat) {
		for (const path of await store.listPaths()) {
			if (!isInScope(path, scope)) continue;
			// Gone since the listing: not a note any more, as a listing with times would have left it out.
			const note = await store.readWithStat(path);
			if (note) yield note;
		}
		return;
	}
	for (const file of await store.listFiles()) {
		if (isInScope(file.path, scope)) yield { file, text: await store.read(file.path) };
	}
}

/** Reads every note in scope from a store (the CLI's folder, a test's memory) into facts. */
export async function readVaultFacts(store: NoteStore, scope: FolderScope): Promise<VaultFacts> {
	const facts: NoteFacts[] = [];
	const problems: VaultFacts["problems"] = [];
	for await (const { file, text } of notesInScope(store, scope)) {
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
	}
	return { facts, problems };
}
