import { createHash } from "crypto";

/**
 * Git's object id with Node's crypto: SHA-1 of `blob <byte length>\0` and the content, fed in two
 * parts, so the text is neither copied behind its header nor encoded in JavaScript first.
 */
export function nodeGitBlobHash(content: string | Uint8Array): string {
	const length = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.byteLength;
	return createHash("sha1").update(`blob ${length}\0`).update(content).digest("hex");
}
