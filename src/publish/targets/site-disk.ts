/**
 * The small part of Node's `fs/promises` and `path` the folder target uses. It is injected, never
 * imported: the CLI passes Node's modules, the desktop plugin loads them lazily when a publish runs,
 * and main.js stays loadable on mobile, where they do not exist.
 */
export interface SiteStat {
	isFile(): boolean;
	isDirectory(): boolean;
	isSymbolicLink(): boolean;
}

export interface SiteDirEntry {
	name: string;
	isFile(): boolean;
	isDirectory(): boolean;
}

export interface SiteFs {
	readFile(path: string): Promise<Uint8Array>;
	writeFile(path: string, data: Uint8Array): Promise<void>;
	/** Fails with EEXIST when the file exists: how a lock is taken. */
	writeFileExclusive(path: string, data: Uint8Array): Promise<void>;
	readdir(path: string): Promise<SiteDirEntry[]>;
	/** Removes a folder and everything in it (our own staging folders only). */
	removeTree(path: string): Promise<void>;
	rename(from: string, to: string): Promise<void>;
	unlink(path: string): Promise<void>;
	mkdir(path: string): Promise<void>;
	rmdir(path: string): Promise<void>;
	lstat(path: string): Promise<SiteStat>;
	realpath(path: string): Promise<string>;
}

export interface SitePathModule {
	resolve(...segments: string[]): string;
	relative(from: string, to: string): string;
	dirname(path: string): string;
	basename(path: string): string;
	join(...segments: string[]): string;
	isAbsolute(path: string): boolean;
	sep: string;
}

/** Who is publishing, so a lock left by a process that no longer runs can be taken over. */
export interface SiteHost {
	pid: number;
	hostname: string;
	/** False only when this machine has no process with that id. */
	isAlive(pid: number): boolean;
}

export interface SiteDisk {
	fs: SiteFs;
	path: SitePathModule;
	host?: SiteHost;
}

export type SiteDiskLoader = () => Promise<SiteDisk>;

/** Node's modules seen through SiteDisk; callers pass `fs.promises` and `path` they imported. */
export function siteDiskFromNode(fs: {
	readFile(path: string): Promise<Uint8Array>;
	writeFile(path: string, data: Uint8Array, options?: { flag: string }): Promise<void>;
	readdir(path: string, options: { withFileTypes: true }): Promise<SiteDirEntry[]>;
	rm(path: string, options: { recursive: true; force: true }): Promise<void>;
	rename(from: string, to: string): Promise<void>;
	unlink(path: string): Promise<void>;
	mkdir(path: string, options: { recursive: false }): Promise<unknown>;
	rmdir(path: string): Promise<void>;
	lstat(path: string): Promise<SiteStat>;
	realpath(path: string): Promise<string>;
}, path: SitePathModule, host?: SiteHost): SiteDisk {
	return {
		host,
		fs: {
			readFile: (p) => fs.readFile(p),
			writeFile: (p, data) => fs.writeFile(p, data),
			writeFileExclusive: (p, data) => fs.writeFile(p, data, { flag: "wx" }),
			readdir: (p) => fs.readdir(p, { withFileTypes: true }),
			removeTree: (p) => fs.rm(p, { recursive: true, force: true }),
			rename: (from, to) => fs.rename(from, to),
			unlink: (p) => fs.unlink(p),
			mkdir: async (p) => {
				await fs.mkdir(p, { recursive: false });
			},
			rmdir: (p) => fs.rmdir(p),
			lstat: (p) => fs.lstat(p),
			realpath: (p) => fs.realpath(p),
		},
		path,
	};
}

export function errorCode(error: unknown): string | undefined {
	return typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined;
}

/** This process, seen from Node (`process` and `os.hostname()` passed in by the caller). */
export function nodeSiteHost(proc: { pid: number; kill(pid: number, signal: 0): unknown }, hostname: string): SiteHost {
	return {
		pid: proc.pid,
		hostname,
		isAlive: (pid) => {
			try {
				proc.kill(pid, 0);
				return true;
			} catch (error) {
				// EPERM: the process exists but belongs to someone else.
				return errorCode(error) !== "ESRCH";
			}
		},
	};
}
