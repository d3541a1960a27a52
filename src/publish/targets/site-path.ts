/** Why a site path was refused; the glue turns the code into a sentence. */
export class SitePathError extends Error {
	constructor(
		readonly code: "unsafe-path" | "outside-site" | "not-a-file" | "missing-folder" | "duplicate-path" | "locked" | "overlaps-vault",
		readonly path: string,
	) {
		super(`${code}: ${path}`);
		this.name = "SitePathError";
	}
}

/**
 * Pure check of a site-relative path before it reaches the disk: `/`-separated segments, no `..`,
 * no `.`, no empty segment, not absolute, no drive letter or backslash, nothing inside `.git`.
 * Whatever a note's name or front matter says, a path that fails here is never written.
 */
export function assertSafeSitePath(path: string): void {
	const unsafe =
		path === "" ||
		path.includes("\0") ||
		path.includes("\\") ||
		path.startsWith("/") ||
		/^[A-Za-z]:/.test(path) ||
		path.split("/").some((segment) => segment === "" || segment === "." || segment === ".." || segment.toLowerCase() === ".git");
	if (unsafe) throw new SitePathError("unsafe-path", path);
}
