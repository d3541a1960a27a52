export interface PostLike {
	source: string;
	path: string;
	content: string;
	url?: string;
	/** Modification time of the note the post was made from. */
	sourceMtime?: number;
}

export interface AssetLike {
	source: string;
	/** Site path, e.g. `assets/img/loss-curve.png`. */
	path: string;
}

export interface Attribution {
	/** Note → site paths of the assets its post refers to. */
	byNote: Map<string, string[]>;
	/** Assets no post refers to by name (kept, but credited to the publish as a whole). */
	unclaimed: string[];
}

// A file extension; the name before it runs back to the nearest space, quote or bracket.
const EXTENSION = /\.([\p{L}\p{N}]{1,10})(?![\p{L}\p{N}])/gu;
const DELIMITERS = " \t\r\n\"'()<>[]{}|!`*,;";
// By code unit, so walking back over a name makes no one-character strings (all are ASCII).
const IS_DELIMITER = new Uint8Array(128);
for (const char of DELIMITERS) IS_DELIMITER[char.charCodeAt(0)] = 1;

function isDelimiter(code: number): boolean {
	return code < 128 && IS_DELIMITER[code] === 1;
}

function extensionOf(path: string): string {
	const dot = path.lastIndexOf(".");
	return dot === -1 ? "" : path.slice(dot + 1).toLowerCase();
}

/**
 * EXTENSION narrowed to the extensions the assets have (`\.(png|jpg)` and the same lookahead), so
 * the search stops only where one may be: a post has far more dots than images. It matches wherever
 * EXTENSION matches one of them (case aside; the caller still checks the lowercased match), so the
 * tokens are the same. Extensions with letters beyond ASCII, where case folding is subtler, keep
 * the general search; ones EXTENSION can never match (empty, longer than 10, punctuation) are left
 * out, and with none left there is nothing to search for.
 */
function extensionSearch(extensions: ReadonlySet<string>): RegExp | null {
	const all = [...extensions];
	if (all.some((extension) => [...extension].some((char) => char.charCodeAt(0) > 0x7f))) return EXTENSION;
	const matchable = all.filter((extension) => /^[a-z0-9]{1,10}$/.test(extension));
	return matchable.length === 0 ? null : new RegExp(`\\.(${matchable.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** File-name-like tokens of a text that end in one of the given extensions. */
function fileTokens(text: string, extensions: ReadonlySet<string>, search: RegExp | null): string[] {
	const tokens: string[] = [];
	if (search === null) return tokens;
	// exec on the one expression: matchAll would copy it for every post.
	search.lastIndex = 0;
	for (let match = search.exec(text); match !== null; match = search.exec(text)) {
		if (!extensions.has(match[1].toLowerCase())) continue;
		const end = match.index + match[0].length;
		let start = match.index;
		while (start > 0 && !isDelimiter(text.charCodeAt(start - 1))) start--;
		tokens.push(text.slice(start, end));
	}
	return tokens;
}

function lastSegment(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function decoded(token: string): string {
	if (!token.includes("%")) return token; // what decodeURIComponent would return, without its cost
	try {
		return decodeURIComponent(token);
	} catch {
		return token;
	}
}

/**
 * Finds which post refers to which asset, by the asset's site path appearing in the post (as
 * written or percent-encoded). A whole publish needs it to remember, per note, what may be deleted
 * later; one pass over each post keeps it linear in the size of the site.
 */
export function attributeAssets(posts: readonly PostLike[], assets: readonly AssetLike[]): Attribution {
	const byName = new Map<string, string[]>();
	for (const asset of assets) {
		const name = lastSegment(asset.path);
		byName.set(name, [...(byName.get(name) ?? []), asset.path]);
	}
	const extensions = new Set(assets.map((asset) => extensionOf(asset.path)));
	const search = extensionSearch(extensions);
	const claimed = new Set<string>();
	const byNote = new Map<string, string[]>();
	for (const post of posts) {
		const found = new Set<string>();
		for (const raw of fileTokens(post.content, extensions, search)) {
			const token = decoded(raw);
			for (const candidate of byName.get(lastSegment(token)) ?? []) {
				if (token.endsWith(candidate)) found.add(candidate);
			}
		}
		byNote.set(post.source, [...found].sort());
		found.forEach((path) => claimed.add(path));
	}
	const unclaimed = [...new Set(assets.map((asset) => asset.path))].filter((path) => !claimed.has(path)).sort();
	return { byNote, unclaimed };
}
