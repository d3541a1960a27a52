import { FrontMatterError, parseNote } from "../core/front-matter";
import type { NoteStore } from "../core/note-store";
import { isInScope, type FolderScope } from "./folder-scope";
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
	for (const file of await store.listFiles()) {
		if (!isInScope(file.path, scope)) continue;
		const text = await store.read(file.path);
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
