/**
 * Whether a site folder and a vault overlap: the same folder, or one inside the other. Publishing
 * into the vault rewrites notes with their own posts; a site inside the vault is read back as notes
 * and published again (foo, foo-2, foo-3, …). Both paths are absolute, symlinks already resolved.
 * On Windows and macOS folders differ only in case on the same disk, so case is ignored.
 */
export function foldersOverlap(site: string, vault: string): boolean {
	const normalise = (path: string) => {
		const forward = path.replace(/\\/g, "/").replace(/\/+$/, "");
		return (forward === "" ? "/" : forward).normalize("NFC").toLowerCase();
	};
	const a = normalise(site);
	const b = normalise(vault);
	const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer === "/" ? "/" : `${outer}/`);
	return within(a, b) || within(b, a);
}
