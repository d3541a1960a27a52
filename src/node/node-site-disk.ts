import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "fs";
import { hostname } from "os";
import * as nodePath from "path";
import { nodeSiteHost, type SiteDisk, type SiteFs } from "../publish/targets/site-disk";

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
	const fs: SiteFs = {
		readFile: (p) => now(() => readFileSync(p)),
		writeFile: (p, data) => now(() => writeFileSync(p, data)),
		writeFileExclusive: (p, data) => now(() => writeFileSync(p, data, { flag: "wx" })),
		readdir: (p) => now(() => readdirSync(p, { withFileTypes: true })),
		removeTree: (p) => now(() => rmSync(p, { recursive: true, force: true })),
		rename: (from, to) => now(() => renameSync(from, to)),
		unlink: (p) => now(() => unlinkSync(p)),
		mkdir: (p) => now(() => void mkdirSync(p, { recursive: false })),
		rmdir: (p) => now(() => rmdirSync(p)),
		lstat: (p) => now(() => lstatSync(p)),
		realpath: (p) => now(() => realpathSync(p)),
	};
	return { fs, path: nodePath, host: nodeSiteHost(process, hostname()) };
}
