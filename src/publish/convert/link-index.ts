/**
 * Resolves link targets the way Obsidian does: an exact vault path, a path relative to the linking
 * note, or the shortest path among files whose path ends with the link (same folder first), all
 * case- and Unicode-normalisation-insensitive. Built once per publish: lookups are map reads.
 */
export interface ResolvedTarget {
	kind: "note" | "attachment";
	path: string;
}

function key(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

function baseName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** Joins a relative link onto a folder, resolving `.` and `..`; null when it leaves the vault. */
function joinRelative(folder: string, link: string): string | null {
	const parts = folder === "" ? [] : folder.split("/");
	for (const part of link.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join("/");
}

interface Candidate {
	path: string;
	/** `/` + the link path, as a key: a link matches when this ends with `/` + its own key. */
	suffixKey: string;
	/** `/` + the link path as written (NFC only). */
	exactSuffix: string;
	folderKey: string;
}

class PathTable {
	/** Exact (NFC) paths: `[[Case]]` reaches `Case.md` even when `case.md` exists too. */
	private readonly byExactPath = new Map<string, string>();
	private readonly byPath = new Map<string, string>();
	private readonly byName = new Map<string, Candidate[]>();

	add(linkPath: string, realPath: string): void {
		const exactKey = linkPath.normalize("NFC");
		if (!this.byExactPath.has(exactKey)) this.byExactPath.set(exactKey, realPath);
		const pathKey = key(linkPath);
		if (!this.byPath.has(pathKey)) this.byPath.set(pathKey, realPath);
		const nameKey = key(baseName(linkPath));
		const candidate = { path: realPath, suffixKey: `/${pathKey}`, exactSuffix: `/${exactKey}`, folderKey: key(folderOf(realPath)) };
		const list = this.byName.get(nameKey);
		if (list) list.push(candidate);
		else this.byName.set(nameKey, [candidate]);
	}

	/** Like Obsidian: an exact match first, then one that differs in case only. */
	private byEitherPath(path: string): string | undefined {
		return this.byExactPath.get(path.normalize("NFC")) ?? this.byPath.get(key(path));
	}

	/**
	 * For a link without `/`: the one file of that name (null when none), which every way of finding
	 * it in `find` reaches from any folder; undefined when several share the name and the folder decides.
	 */
	onlyNamed(link: string): string | null | undefined {
		const candidates = this.byName.get(key(link));
		if (!candidates) return null;
		return candidates.length === 1 ? candidates[0].path : undefined;
	}

	find(link: string, sourceFolder: string): string | null {
		const exact = this.byEitherPath(link);
		if (exact) return exact;
		const relative = joinRelative(sourceFolder, link);
		if (relative !== null) {
			const found = this.byEitherPath(relative);
			if (found) return found;
		}
		if (link.startsWith("./") || link.startsWith("../")) return null;
		const candidates = this.byName.get(key(baseName(link)));
		if (!candidates) return null;
		if (candidates.length === 1 && !link.includes("/")) return candidates[0].path;
		const suffix = key(`/${link}`);
		const loose = candidates.filter((candidate) => candidate.suffixKey.endsWith(suffix));
		// Among names that differ in case only, the one written exactly as the link wins.
		const exactSuffix = `/${link.normalize("NFC")}`;
		const exactMatches = loose.filter((candidate) => candidate.exactSuffix.endsWith(exactSuffix));
		const matching = exactMatches.length > 0 ? exactMatches : loose;
		if (matching.length === 0) return null;
		const folderKey = key(sourceFolder);
		const sameFolder = matching.find((candidate) => candidate.folderKey === folderKey);
		if (sameFolder) return sameFolder.path;
		return matching.map((candidate) => candidate.path).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
	}
}

const stripMd = (path: string): string => path.replace(/\.md$/i, "");

export class LinkIndex {
	private readonly notes = new PathTable();
	private readonly attachments = new PathTable();
	// The same link appears in many notes of a folder (daily notes link the same topics).
	private readonly cache = new Map<string, ResolvedTarget | null>();
	// Most links name a file whose name is unique in the vault: the answer is the same from every folder.
	private readonly folderFree = new Map<string, ResolvedTarget | null>();

	constructor(notePaths: readonly string[], attachmentPaths: readonly string[]) {
		for (const path of notePaths) this.notes.add(stripMd(path), path);
		for (const path of attachmentPaths) this.attachments.add(path, path);
	}

	/** `link` is the path part of a link, already decoded (`folder/Note`, `Note.md`, `a b.png`). */
	resolve(link: string, sourcePath: string): ResolvedTarget | null {
		const spaced = link.trim();
		const trimmed = spaced.startsWith("/") ? spaced.replace(/^\/+/, "") : spaced;
		if (trimmed === "") return null;
		const known = this.folderFree.get(trimmed);
		if (known !== undefined) return known;
		const anywhere = this.resolveByName(trimmed);
		return anywhere !== undefined ? anywhere : this.resolveFromFolder(trimmed, sourcePath);
	}

	/** The general way, from the linking note's folder; `resolve` gives the same answers faster. */
	resolveFromFolder(trimmed: string, sourcePath: string): ResolvedTarget | null {
		const folder = folderOf(sourcePath);
		const cacheKey = `${folder}\u0000${trimmed}`;
		const cached = this.cache.get(cacheKey);
		if (cached !== undefined) return cached;
		const note = this.notes.find(stripMd(trimmed), folder);
		const attachment = note ? null : this.attachments.find(trimmed, folder);
		const result: ResolvedTarget | null = note ? { kind: "note", path: note } : attachment ? { kind: "attachment", path: attachment } : null;
		this.cache.set(cacheKey, result);
		return result;
	}

	/** The answer for a link without `/` whose name is unique (or absent), else undefined. */
	private resolveByName(link: string): ResolvedTarget | null | undefined {
		// `.` and `..` (also as `..md`) name folders relative to the linking note: the folder decides.
		const name = stripMd(link);
		if (link.includes("/") || name === "" || name === "." || name === "..") return undefined;
		const note = this.notes.onlyNamed(name);
		let result: ResolvedTarget | null | undefined;
		if (note) result = { kind: "note", path: note };
		else if (note === null) {
			const attachment = this.attachments.onlyNamed(link);
			result = attachment === undefined ? undefined : attachment === null ? null : { kind: "attachment", path: attachment };
		}
		if (result !== undefined) this.folderFree.set(link, result);
		return result;
	}
}

export function noteName(path: string): string {
	return stripMd(baseName(path));
}
