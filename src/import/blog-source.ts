import { base64ToBytes } from "../publish/targets/github/base64";
import type { GitHubGitApi } from "../publish/targets/github/github-git-api";
import type { SiteDisk } from "../publish/targets/site-disk";

/**
 * Where the blog to import lives: a site folder on disk (CLI, desktop) or a GitHub repository.
 * Paths are site-relative and `/`-separated; only reading, never writing.
 */
export interface BlogSource {
	/** Every file of the site (not `.git`, not the built `_site`), sorted. */
	listFiles(): Promise<string[]>;
	/** A file's text; null when it does not exist. */
	readText(path: string): Promise<string | null>;
	readBinary(path: string): Promise<Uint8Array>;
}

// Folders that are never sources of posts or images: version control, build output, dependencies.
const SKIPPED_FOLDERS = new Set([".git", "_site", "node_modules", ".jekyll-cache", ".sass-cache", "vendor"]);

function isSkipped(path: string): boolean {
	return path.split("/").some((part) => SKIPPED_FOLDERS.has(part));
}

interface DirectoryReader {
	/** Names in a folder, with whether each is a folder. */
	readdir(path: string): Promise<Array<{ name: string; folder: boolean }>>;
}

/** A site folder, read through the same injected `fs` the folder target uses (no Node import here). */
export function folderBlogSource(disk: SiteDisk & { reader: DirectoryReader }, root: string): BlogSource {
	const absolute = (path: string): string => disk.path.join(root, ...path.split("/"));
	return {
		async listFiles() {
			const files: string[] = [];
			const walk = async (relative: string): Promise<void> => {
				for (const entry of await disk.reader.readdir(relative === "" ? root : absolute(relative))) {
					const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
					if (isSkipped(child)) continue;
					if (entry.folder) await walk(child);
					else files.push(child);
				}
			};
			await walk("");
			return files.sort();
		},
		async readText(path) {
			try {
				return new TextDecoder().decode(await disk.fs.readFile(absolute(path)));
			} catch (error) {
				if ((error as { code?: string }).code === "ENOENT") return null;
				throw error;
			}
		},
		readBinary: (path) => disk.fs.readFile(absolute(path)),
	};
}

/** A branch of a GitHub repository: one tree listing, then each file through the contents API. */
export function gitHubBlogSource(api: GitHubGitApi, branch: string): BlogSource {
	let listing: Promise<string[]> | null = null;
	const read = async (path: string): Promise<Uint8Array | null> => {
		const base64 = await api.getFileBase64(path, branch);
		return base64 === null ? null : base64ToBytes(base64);
	};
	return {
		listFiles() {
			listing ??= (async () => {
				const head = await api.getBranchHead(branch);
				if (head.kind !== "found") return [];
				const blobs = await api.getTreeBlobs(head.treeSha);
				return [...blobs.keys()].filter((path) => !isSkipped(path)).sort();
			})();
			return listing;
		},
		async readText(path) {
			const bytes = await read(path);
			return bytes === null ? null : new TextDecoder().decode(bytes);
		},
		async readBinary(path) {
			const bytes = await read(path);
			if (bytes === null) throw new Error(`Not found in the repository: ${path}`);
			return bytes;
		},
	};
}
