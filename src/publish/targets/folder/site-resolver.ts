import type { SiteDisk, SiteStat } from "../site-disk";
import { assertSafeSitePath, SitePathError } from "../site-path";

/** What lstat said of a folder on the way to a site path. */
type FolderVerdict = "inside" | "missing" | "outside" | "not-a-folder";

/** Folder checks shared by the paths of one change set: most share their folders. */
export type FolderVerdicts = Map<string, Promise<FolderVerdict>>;

/**
 * Turns site paths into absolute paths after proving they stay inside the site: the text is checked
 * first, then every existing folder on the way is resolved through symlinks (each folder once).
 */
export class SiteResolver {
	/** Folders already known to lie inside the site (after following symlinks). */
	private readonly safeFolders = new Set<string>();
	/** `root/` where a safe site path can be joined to the root as it is (see absoluteOf), else null. */
	private readonly plainPrefix: string | null;

	constructor(
		private readonly disk: SiteDisk,
		/** The site folder with symlinks resolved. */
		readonly root: string,
	) {
		const normalized = disk.path.sep === "/" && disk.path.resolve(root) === root;
		this.plainPrefix = normalized ? (root === "/" ? "/" : `${root}/`) : null;
	}

	isInside(absolute: string): boolean {
		const relative = this.disk.path.relative(this.root, absolute);
		return relative !== "" && !relative.startsWith("..") && !this.disk.path.isAbsolute(relative);
	}

	/**
	 * The absolute path of a site path and what is there now. `knownAbsent`: the caller's survey
	 * found no file at this path (the lock is held), so it is not looked at again.
	 */
	async resolve(path: string, verdicts: FolderVerdicts = new Map(), knownAbsent = false): Promise<{ absolute: string; stat: SiteStat | null }> {
		const { disk } = this;
		assertSafeSitePath(path);
		const absolute = this.absoluteOf(path);
		let folder = disk.path.dirname(absolute);
		const toCheck: string[] = [];
		while (folder !== this.root && !this.safeFolders.has(folder)) {
			toCheck.push(folder);
			folder = disk.path.dirname(folder);
		}
		for (const candidate of toCheck.reverse()) {
			let verdict = verdicts.get(candidate);
			if (!verdict) {
				verdict = this.checkFolder(candidate);
				verdicts.set(candidate, verdict);
			}
			const found = await verdict;
			if (found === "missing") break; // does not exist yet: mkdir will create a real folder here
			if (found === "outside") throw new SitePathError("outside-site", path);
			if (found === "not-a-folder") throw new SitePathError("not-a-file", path);
		}
		if (knownAbsent) return { absolute, stat: null };
		const own = await disk.fs.lstat(absolute).catch(() => null);
		if (own?.isSymbolicLink()) {
			const target = await disk.fs.realpath(absolute).catch(() => null);
			if (target !== null && !this.isInside(target)) throw new SitePathError("outside-site", path);
		}
		return { absolute, stat: own };
	}

	/**
	 * Where the site path points, refused when that is outside the site (by its text; symlinks on
	 * the way are the caller's). With `/` as separator and a normalized root, a safe path (no `.`,
	 * `..` or empty segment, not absolute) joins the root as it is: path.resolve would return the
	 * same, and path.relative would give back the path itself, which isInside takes for outside only
	 * when it starts with `..`. Thousands of paths a publish skip both.
	 */
	private absoluteOf(path: string): string {
		if (this.plainPrefix !== null) {
			if (path.startsWith("..")) throw new SitePathError("outside-site", path);
			return this.plainPrefix + path;
		}
		const absolute = this.disk.path.resolve(this.root, ...path.split("/"));
		if (!this.isInside(absolute)) throw new SitePathError("outside-site", path);
		return absolute;
	}

	/** A folder that was removed: checked again if a later path goes through it. */
	forget(folder: string): void {
		this.safeFolders.delete(folder);
	}

	private async checkFolder(folder: string): Promise<FolderVerdict> {
		const { disk } = this;
		const stat = await disk.fs.lstat(folder).catch(() => null);
		if (!stat) return "missing";
		if (stat.isSymbolicLink() && !this.isInside(await disk.fs.realpath(folder))) return "outside";
		if (!stat.isSymbolicLink() && !stat.isDirectory()) return "not-a-folder";
		this.safeFolders.add(folder);
		return "inside";
	}
}
