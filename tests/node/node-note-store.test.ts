/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { InvalidTextError } from "../../src/core/note-store";
import fc from "fast-check";
import { resolve, sep } from "path";
import { NodeNoteStore, resolveInVault } from "../../src/node/node-note-store";

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "vault-"));
	const put = (path: string, text: string) => {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	put("daily/2021-08-10.md", "둘째 날\n");
	put("daily/2021-08-09.md", "첫날\n");
	put("topics/Computer Science/Big-O 표기법.md", "# Big-O\n");
	put("attachments/loss-curve.png", "png!");
	put("README.md", "top\n");
	put(".obsidian/plugins/learning-log/data.json", "{}");
	put(".trash/old.md", "gone\n");
	put("custom-config/app.json", "{}");
	symlinkSync(join(root, "README.md"), join(root, "link.md"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("NodeNoteStore.listFiles", () => {
	test("lists every file in every folder, sorted, with its size, skipping dot and config folders", async () => {
		const files = await new NodeNoteStore(root, "custom-config").listFiles();
		expect(files.map((file) => [file.path, file.size])).toEqual([
			["attachments/loss-curve.png", 4],
			["daily/2021-08-09.md", Buffer.byteLength("첫날\n")],
			["daily/2021-08-10.md", Buffer.byteLength("둘째 날\n")],
			["README.md", 4],
			["topics/Computer Science/Big-O 표기법.md", 8],
		]);
		for (const file of files) expect(file).toEqual(await new NodeNoteStore(root).stat(file.path));
	});
});

describe("NodeNoteStore.read", () => {
	const bytes = (path: string, content: Uint8Array) => writeFileSync(join(root, path), content);

	test("reads UTF-8 text, a U+FFFD written on purpose included, without a leading byte-order mark", async () => {
		const store = new NodeNoteStore(root);
		bytes("replacement.md", Buffer.from("a \uFFFD b\n"));
		bytes("bom.md", Buffer.from("\uFEFF---\ntitle: x\n---\n"));
		expect(await store.read("daily/2021-08-10.md")).toBe("둘째 날\n");
		expect(await store.read("replacement.md")).toBe("a \uFFFD b\n");
		expect(await store.read("bom.md")).toBe(new TextDecoder().decode(Buffer.from("\uFEFF---\ntitle: x\n---\n")));
		expect(await store.read("bom.md")).toBe("---\ntitle: x\n---\n");
	});

	test("bytes that are not UTF-8 are an InvalidTextError carrying the text with them replaced", async () => {
		bytes("latin1.md", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
		const error = await new NodeNoteStore(root).read("latin1.md").catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(InvalidTextError);
		expect((error as InvalidTextError).lenientText).toBe("caf\uFFFD\n");
	});

	test("a path outside the vault is refused", async () => {
		await expect(new NodeNoteStore(root).read("../outside.md")).rejects.toThrow(/leaves the vault/);
	});
});

describe("resolveInVault", () => {
	test("is path.resolve from the vault root, for any path of names, dots, slashes and backslashes", () => {
		const rootWithSep = `${resolve(tmpdir(), "vault")}${sep}`;
		const segment = fc.constantFrom("a", "b c", ".", "..", "", ".x", "..y", "z..", "\\", "한글.md");
		fc.assert(
			fc.property(fc.array(segment, { maxLength: 6 }), fc.boolean(), (segments, absolute) => {
				const path = `${absolute ? "/" : ""}${segments.join("/")}`;
				expect(resolveInVault(rootWithSep, path)).toBe(resolve(rootWithSep, path));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("NodeNoteStore.listPaths and readWithStat", () => {
	test("the same files, order, texts and records as listFiles and read; errors alike; null for a note gone", async () => {
		const bytes = (path: string, content: Uint8Array) => writeFileSync(join(root, path), content);
		bytes("bom.md", Buffer.from("\uFEFF---\ntitle: x\n---\n"));
		bytes("replacement.md", Buffer.from("a \uFFFD b\n"));
		bytes("long.md", Buffer.from(`${"가나다 #tag\n".repeat(20_000)}`));
		bytes("latin1.md", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
		const store = new NodeNoteStore(root, "custom-config");
		const files = await store.listFiles();
		expect(await store.listPaths()).toEqual(files.map((file) => file.path));
		for (const file of files) {
			const expected = await store.read(file.path).catch((error: unknown) => error);
			let got: unknown;
			try {
				got = store.readWithStat(file.path);
			} catch (error) {
				got = error;
			}
			if (expected instanceof Error) {
				expect(got).toBeInstanceOf(InvalidTextError);
				expect((got as InvalidTextError).lenientText).toBe((expected as InvalidTextError).lenientText);
			} else {
				expect(got).toEqual({ text: expected, file });
			}
		}
		rmSync(join(root, "README.md"));
		expect(store.readWithStat("README.md")).toBeNull();
		expect(store.readWithStat("daily")).toBeNull();
	});
});

describe("NodeNoteStore.sharingReads", () => {
	test("the next listing and the next read of each note get what was read, once; later ones ask the disk", async () => {
		const store = new NodeNoteStore(root);
		const fresh = await new NodeNoteStore(root).listFiles();
		const { listed, read } = await store.sharingReads(async () => ({ listed: await store.listFiles(), read: await store.read("daily/2021-08-10.md") }));
		expect(listed).toEqual(fresh);
		expect(read).toBe("둘째 날\n");
		// Changed on disk since: the first reader still gets the text and listing read above, the next the disk's.
		writeFileSync(join(root, "daily/2021-08-10.md"), "고쳐 씀\n");
		writeFileSync(join(root, "new.md"), "new\n");
		expect(await store.listFiles()).toEqual(fresh);
		expect(await store.read("daily/2021-08-10.md")).toBe("둘째 날\n");
		expect((await store.listFiles()).map((file) => file.path)).toContain("new.md");
		expect(await store.read("daily/2021-08-10.md")).toBe("고쳐 씀\n");
		// A note the shared reading never read comes from the disk.
		expect(await store.read("README.md")).toBe("top\n");
	});

	test("a write forgets what was shared", async () => {
		const store = new NodeNoteStore(root);
		await store.sharingReads(async () => {
			await store.listFiles();
			await store.read("daily/2021-08-09.md");
		});
		writeFileSync(join(root, "daily/2021-08-09.md"), "바뀐 첫날\n");
		await store.create("daily/2021-08-11.md", "셋째 날\n");
		expect((await store.listFiles()).map((file) => file.path)).toContain("daily/2021-08-11.md");
		expect(await store.read("daily/2021-08-09.md")).toBe("바뀐 첫날\n");
	});

	test("a note that is not UTF-8 is not shared: every read of it is the same InvalidTextError", async () => {
		writeFileSync(join(root, "latin1.md"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
		const store = new NodeNoteStore(root);
		const first = await store.sharingReads(() => store.read("latin1.md").catch((caught: unknown) => caught));
		expect(first).toBeInstanceOf(InvalidTextError);
		await expect(store.read("latin1.md")).rejects.toBeInstanceOf(InvalidTextError);
	});
});
