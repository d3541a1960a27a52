/**
 * The manifest keeps one record per site, so a vault that publishes to a folder and to GitHub never
 * deletes on one what it wrote on the other. A folder is known by its real absolute path.
 */
export function folderSiteKey(absolutePath: string): string {
	return `folder:${absolutePath.replace(/\\/g, "/").replace(/\/+$/, "")}`;
}
