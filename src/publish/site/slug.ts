import type { SlugMode } from "../publish-settings";

const SEPARATORS = /[\s_\-/\\·]+/gu;

/**
 * A post slug: lowercase, spaces (and `_`, `/`) to `-`, punctuation dropped. The unicode mode keeps
 * Hangul and every other letter (Jekyll serves them percent-encoded); the ascii mode keeps a-z and
 * digits only, after folding accents (`Café` → `cafe`). Empty when nothing usable is left.
 */
export function slugify(text: string, mode: SlugMode): string {
	let result = text.normalize("NFC").toLowerCase();
	if (mode === "ascii") result = result.normalize("NFKD").replace(/\p{M}/gu, "");
	result = result.replace(SEPARATORS, "-");
	result = mode === "ascii" ? result.replace(/[^a-z0-9-]/g, "") : result.replace(/[^\p{L}\p{M}\p{N}-]/gu, "");
	return result.replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "");
}

/** A short stable fingerprint (FNV-1a), for names that have no usable letters in ascii mode. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const char of text) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, "0");
}

/**
 * A file name the site serves as is: Jekyll ignores names starting with `_` or `.`, and spaces or
 * `#`/`?` would need escaping in every URL. Lowercase, so two names differing in case only cannot
 * collide on a case-insensitive disk.
 */
export function webSafeFileName(fileName: string): string {
	return webSafeFileNameChecked(fileName).name;
}

/** webSafeFileName, and whether the name had to be shortened to fit. */
export function webSafeFileNameChecked(fileName: string): { name: string; shortened: boolean } {
	const nfc = fileName.normalize("NFC");
	const dot = nfc.lastIndexOf(".");
	const base = dot > 0 ? nfc.slice(0, dot) : nfc;
	const ext = dot > 0 ? nfc.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, "") : "";
	let safeBase = base
		.toLowerCase()
		.replace(/\s+/gu, "-")
		.replace(/[^\p{L}\p{M}\p{N}._-]/gu, "")
		.replace(/-{2,}/g, "-")
		.replace(/^[._-]+/, "")
		.replace(/[.-]+$/, "");
	if (safeBase === "") safeBase = `file-${shortHash(fileName)}`;
	const fitted = fitNameBytes(safeBase, MAX_NAME_BYTES - ext.length - 1);
	return { name: ext ? `${fitted.name}.${ext}` : fitted.name, shortened: fitted.shortened };
}

const utf8 = new TextEncoder();

/** The longest name part we write: file systems allow 255 bytes per path component, Jekyll adds `.html`. */
export const MAX_NAME_BYTES = 200;

/**
 * A name that fits in `maxBytes` of UTF-8: too long a name is cut on a character boundary and ends
 * with a hash of the whole name, so it stays the same on every publish and two long names that
 * share their beginning stay apart.
 */
export function fitNameBytes(name: string, maxBytes = MAX_NAME_BYTES): { name: string; shortened: boolean } {
	if (utf8.encode(name).length <= maxBytes) return { name, shortened: false };
	const suffix = `-${shortHash(name)}`;
	let kept = "";
	let bytes = 0;
	for (const char of name) {
		const size = utf8.encode(char).length;
		if (bytes + size > maxBytes - suffix.length) break;
		kept += char;
		bytes += size;
	}
	return { name: `${kept.replace(/[-.]+$/, "")}${suffix}`, shortened: true };
}
