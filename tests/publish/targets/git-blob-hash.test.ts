/** @jest-environment node */
import { execFileSync } from "child_process";
import fc from "fast-check";
import { gitBlobHash, useSyncBlobHasher } from "../../../src/publish/targets/git-blob-hash";
import { nodeGitBlobHash } from "../../../src/node/node-blob-hash";

function gitHashObject(bytes: Uint8Array): string {
	return execFileSync("git", ["hash-object", "--stdin"], { input: bytes }).toString().trim();
}

describe("gitBlobHash", () => {
	test.each([
		["Korean text (byte length differs from string length)", "# 학습기록\nhello\n"],
		["an empty file", ""],
		["text with CRLF and an emoji", "line\r\n🙂 done\r\n"],
	])("matches git hash-object for %s", async (_name, text) => {
		expect(await gitBlobHash(text)).toBe(gitHashObject(new TextEncoder().encode(text)));
	});

	test("matches the id verified by hand for Korean text and the empty blob", async () => {
		expect(await gitBlobHash("# 학습기록\nhello\n")).toBe("274800bcb9b64cf560330000b1c85f068e955da3");
		expect(await gitBlobHash(new Uint8Array())).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
	});

	test("matches git hash-object for binary content, including NUL and high bytes", async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]);
		expect(await gitBlobHash(png)).toBe(gitHashObject(png));
	});

	test("a string and its UTF-8 bytes have the same id", async () => {
		const text = "다익스트라 알고리즘";
		expect(await gitBlobHash(text)).toBe(await gitBlobHash(new TextEncoder().encode(text)));
	});

	test("matches git for arbitrary bytes", async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
				expect(await gitBlobHash(bytes)).toBe(gitHashObject(bytes));
			}),
			{ numRuns: 25 },
		);
	});
});

describe("gitBlobHash with Node's SHA-1 (the command line's)", () => {
	beforeAll(() => useSyncBlobHasher(nodeGitBlobHash));
	afterAll(() => useSyncBlobHasher(null));

	test("gives WebCrypto's id for text, Korean text, CRLF, emoji and the empty blob", async () => {
		expect(await gitBlobHash("# 학습기록\nhello\n")).toBe("274800bcb9b64cf560330000b1c85f068e955da3");
		expect(await gitBlobHash("")).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
		expect(await gitBlobHash("line\r\n🙂 done\r\n")).toBe(gitHashObject(new TextEncoder().encode("line\r\n🙂 done\r\n")));
	});

	test("a string and its UTF-8 bytes have the same id, and git agrees for arbitrary bytes", async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 80 }), fc.uint8Array({ maxLength: 300 }), async (text, bytes) => {
				expect(await gitBlobHash(text)).toBe(await gitBlobHash(new TextEncoder().encode(text)));
				expect(await gitBlobHash(bytes)).toBe(gitHashObject(bytes));
			}),
			{ numRuns: 25 },
		);
	});
});
