/**
 * Git's object id for a file's contents: SHA-1 of `blob <byte length>\0` followed by the bytes.
 * Comparing it with the ids in a remote tree tells which files are already published, without
 * downloading them. WebCrypto only, so it runs on mobile as well as in Node.
 */
const encoder = new TextEncoder();

export function toBytes(content: string | Uint8Array): Uint8Array {
	return typeof content === "string" ? encoder.encode(content) : content;
}

/** A synchronous git blob id, where the platform has one. */
export type SyncBlobHasher = (content: string | Uint8Array) => string;

let syncHasher: SyncBlobHasher | null = null;

/**
 * The command line hands in Node's SHA-1 (src/node/node-blob-hash.ts): it hashes the text as it is,
 * where WebCrypto needs a copy of each file behind its header and a trip through the thread pool.
 * null goes back to WebCrypto.
 */
export function useSyncBlobHasher(hasher: SyncBlobHasher | null): void {
	syncHasher = hasher;
}

export async function gitBlobHash(content: string | Uint8Array): Promise<string> {
	if (syncHasher) return syncHasher(content);
	const bytes = toBytes(content);
	// The header counts bytes, not UTF-16 code units: "학습" is 2 characters but 6 bytes.
	const header = encoder.encode(`blob ${bytes.byteLength}\0`);
	const object = new Uint8Array(header.byteLength + bytes.byteLength);
	object.set(header, 0);
	object.set(bytes, header.byteLength);
	const digest = await crypto.subtle.digest("SHA-1", object);
	return toHex(new Uint8Array(digest));
}

function toHex(bytes: Uint8Array): string {
	let hex = "";
	for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
	return hex;
}
