/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { NoteStore } from "../../src/core/note-store";
import { readVaultFacts } from "../../src/library/read-vault-facts";
import type { NoteFacts } from "../../src/library/note-facts";
import { NodeNoteStore } from "../../src/node/node-note-store";

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "vault-facts-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function put(path: string, content: string | Uint8Array): void {
	mkdirSync(join(root, path, ".."), { recursive: true });
	writeFileSync(join(root, path), content);
}

/** The folder store seen only through the calls every store has: listFiles, then read. */
function plainView(store: NodeNoteStore): NoteStore {
	return { listFiles: () => store.listFiles(), stat: (p) => store.stat(p), read: (p) => store.read(p), readBinary: (p) => store.readBinary(p), create: (p, t) => store.create(p, t), process: (p, e) => store.process(p, e) };
}

test("a folder read bare and each note with its times gives the facts and problems of listFiles and read", async () => {
	put("daily/2021-08-10.md", "---\ntitle: Day 1\ndate: 2021-08-10\ntags: [a]\n---\n#b <!-- #c --> %% #d %%\n");
	put("daily/2021-08-11.md", "\uFEFF---\ncategories: [DL/CNN]\n---\nno date in front matter #e\n");
	put("topics/Broken.md", "---\ntitle: Re: x: y\n---\nbody #ok\n");
	put("topics/노트 없음 날짜.md", "그냥 글 #태그\n");
	put("templates/Day.md", "---\ntitle: \"{{title}}\"\n---\n");
	put("attachments/x.png", "png");
	const scope = { includedFolders: [], excludedFolders: ["templates"] };
	const store = new NodeNoteStore(root);
	const fast = await readVaultFacts(store, scope);
	const plain = await readVaultFacts(plainView(store), scope);
	// The facts come in no set order (the folder's own, read bare): the same facts all the same.
	const byPath = (facts: NoteFacts[]) => [...facts].sort((a, b) => (a.path < b.path ? -1 : 1));
	expect(byPath(fast.facts)).toEqual(byPath(plain.facts));
	expect(fast.problems).toEqual(plain.problems);
	expect(byPath(fast.facts).map((facts) => facts.path)).toEqual(["daily/2021-08-10.md", "daily/2021-08-11.md", "topics/Broken.md", "topics/노트 없음 날짜.md"]);
	expect(fast.problems.map((problem) => problem.path)).toEqual(["topics/Broken.md"]);
});

test("a note that is not UTF-8 stops the reading with the same error either way", async () => {
	put("a.md", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
	const scope = { includedFolders: [], excludedFolders: [] };
	const store = new NodeNoteStore(root);
	await expect(readVaultFacts(store, scope)).rejects.toThrow("a.md is not valid UTF-8 text");
	await expect(readVaultFacts(plainView(store), scope)).rejects.toThrow("a.md is not valid UTF-8 text");
});

test("problems come in path order, whatever order the folder lists its notes in", async () => {
	for (const name of ["b", "a", "c", "가", "B"]) put(`notes/${name}.md`, "---\ntitle: Re: x: y\n---\n");
	const store = new NodeNoteStore(root);
	const { problems } = await readVaultFacts(store, { includedFolders: [], excludedFolders: [] });
	const listed = (await store.listFiles()).map((file) => file.path);
	expect(problems.map((problem) => problem.path)).toEqual(listed);
});
