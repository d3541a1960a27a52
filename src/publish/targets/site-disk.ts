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

export interface SiteFs {
	readFile(path: string): Promise<Uint8Array>;
	writeFile(path: string, data: Uint8Array): Promise<void>;
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

export interface SiteDisk {
	fs: SiteFs;
	path: SitePathModule;
}

export type SiteDiskLoader = () => Promise<SiteDisk>;

/** Node's modules seen through SiteDisk; callers pass `fs.promises` and `path` they imported. */
export function siteDiskFromNode(fs: {
	readFile(path: string): Promise<Uint8Array>;
	writeFile(path: string, data: Uint8Array): Promise<void>;
	rename(from: string, to: string): Promise<void>;
	unlink(path: string): Promise<void>;
	mkdir(path: string, options: { recursive: false }): Promise<unknown>;
	rmdir(path: string): Promise<void>;
	lstat(path: string): Promise<SiteStat>;
	realpath(path: string): Promise<string>;
}, path: SitePathModule): SiteDisk {
	return {
		fs: {
			readFile: (p) => fs.readFile(p),
			writeFile: (p, data) => fs.writeFile(p, data),
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
