import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "fs";
import { hostname } from "os";
import * as nodePath from "path";
import { nodeSiteHost, siteDiskFromNode, type SiteDisk } from "../publish/targets/site-disk";

/**
 * A synchronous call seen as the promise SiteFs expects: settled before it is returned, and a
 * thrown error (with its `code`) becomes the rejection as it is.
 */
async function now<T>(call: () => T): Promise<T> {
	return call();
}

/**
 * The site folder for the command line, with synchronous calls. Nothing else runs while the CLI
 * publishes, and each promise-based call is several trips through Node's small thread pool with the
 * main thread idle in between: on 5,000 posts that waiting cost more than the writing. The desktop
 * plugin keeps `fs.promises` (siteDiskFromNode), so Obsidian's window never freezes.
 */
export function syncSiteDisk(): SiteDisk {
	// The same calls the plugin's disk makes (flags included, in siteDiskFromNode), made synchronously.
	return siteDiskFromNode(
		{
			readFile: (p) => now(() => readFileSync(p)),
			writeFile: (p, data, options) => now(() => writeFileSync(p, data, options)),
			readdir: (p, options) => now(() => readdirSync(p, options)),
			rm: (p, options) => now(() => rmSync(p, options)),
			rename: (from, to) => now(() => renameSync(from, to)),
			unlink: (p) => now(() => unlinkSync(p)),
			mkdir: (p, options) => now(() => mkdirSync(p, options)),
			rmdir: (p) => now(() => rmdirSync(p)),
			lstat: (p) => now(() => lstatSync(p)),
			realpath: (p) => now(() => realpathSync(p)),
		},
		nodePath,
		nodeSiteHost(process, hostname()),
	);
}
