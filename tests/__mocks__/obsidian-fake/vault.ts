import { Events } from "./events";

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export abstract class TAbstractFile {
	vault!: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;
	constructor(path: string) {
		this.path = path;
		this.name = path.slice(path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(0, dot) : this.name;
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

interface StoredContent {
	text?: string;
	binary?: ArrayBuffer;
}

const encoder = new TextEncoder();

/**
 * The vault folder as `app.vault.adapter` sees it: the notes and, unlike the Vault API, the files
 * of the config folder (which tests write with the helper `writeHidden`).
 */
export class DataAdapter {
	private hidden = new Map<string, string>();
	constructor(private readonly vault: Vault) {}
	/** Test helper: a file the Vault API does not list, such as `.obsidian/daily-notes.json`. */
	writeHidden(path: string, text: string): void {
		this.hidden.set(path, text);
	}
	exists(path: string): Promise<boolean> {
		return Promise.resolve(this.hidden.has(path) || this.vault.getAbstractFileByPath(path) !== null);
	}
	read(path: string): Promise<string> {
		const hidden = this.hidden.get(path);
		if (hidden !== undefined) return Promise.resolve(hidden);
		const file = this.vault.getFileByPath(path);
		return file ? this.vault.read(file) : Promise.reject(new Error(`ENOENT: no such file, open '${path}'`));
	}
}

/** An in-memory vault that really stores text, with Obsidian's events and errors. */

/** The desktop app's adapter: the vault is a folder on disk. */
export class FileSystemAdapter extends DataAdapter {
	constructor(
		vault: Vault,
		private readonly basePath: string,
	) {
		super(vault);
	}
	getBasePath(): string {
		return this.basePath;
	}
}

export class Vault extends Events {
	configDir = ".obsidian";
	adapter: DataAdapter = new DataAdapter(this);
	private files = new Map<string, TFile>();
	private folders = new Map<string, TFolder>();
	private contents = new Map<string, StoredContent>();
	/** The clock used for ctime/mtime; tests may replace it. */
	now: () => number = () => Date.now();

	getName(): string {
		return "Test vault";
	}

	getFiles(): TFile[] {
		return [...this.files.values()];
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.folders.values(), ...this.files.values()];
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path) ?? null;
	}

	getFolderByPath(path: string): TFolder | null {
		return this.folders.get(path) ?? null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path) ?? this.folders.get(path) ?? null;
	}

	getRoot(): TFolder {
		return this.ensureFolder("/");
	}

	private ensureFolder(path: string): TFolder {
		let folder = this.folders.get(path);
		if (!folder) {
			folder = new TFolder(path);
			folder.vault = this;
			this.folders.set(path, folder);
			if (path !== "/") {
				const slash = path.lastIndexOf("/");
				const parent = this.ensureFolder(slash === -1 ? "/" : path.slice(0, slash));
				folder.parent = parent;
				parent.children.push(folder);
			}
		}
		return folder;
	}

	async createFolder(path: string): Promise<TFolder> {
		if (this.getAbstractFileByPath(path)) throw new Error("Folder already exists.");
		return Promise.resolve(this.ensureFolder(path));
	}

	private addFile(path: string, content: StoredContent, options?: { ctime?: number; mtime?: number }): TFile {
		if (this.getAbstractFileByPath(path)) throw new Error("File already exists.");
		const file = new TFile(path);
		file.vault = this;
		const time = this.now();
		const size = content.text !== undefined ? encoder.encode(content.text).length : content.binary!.byteLength;
		file.stat = { ctime: options?.ctime ?? time, mtime: options?.mtime ?? time, size };
		const slash = path.lastIndexOf("/");
		const parent = this.ensureFolder(slash === -1 ? "/" : path.slice(0, slash));
		file.parent = parent;
		parent.children.push(file);
		this.files.set(path, file);
		this.contents.set(path, content);
		this.trigger("create", file);
		return file;
	}

	create(path: string, data: string, options?: { ctime?: number; mtime?: number }): Promise<TFile> {
		try {
			return Promise.resolve(this.addFile(path, { text: data }, options));
		} catch (error) {
			return Promise.reject(error);
		}
	}

	createBinary(path: string, data: ArrayBuffer, options?: { ctime?: number; mtime?: number }): Promise<TFile> {
		try {
			return Promise.resolve(this.addFile(path, { binary: data }, options));
		} catch (error) {
			return Promise.reject(error);
		}
	}

	private content(file: TFile): StoredContent {
		const content = this.contents.get(file.path);
		if (!content) throw new Error(`ENOENT: no such file ${file.path}`);
		return content;
	}

	read(file: TFile): Promise<string> {
		try {
			return Promise.resolve(this.content(file).text ?? "");
		} catch (error) {
			return Promise.reject(error);
		}
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	readBinary(file: TFile): Promise<ArrayBuffer> {
		try {
			const content = this.content(file);
			return Promise.resolve(content.binary ?? (encoder.encode(content.text ?? "").buffer as ArrayBuffer));
		} catch (error) {
			return Promise.reject(error);
		}
	}

	modify(file: TFile, data: string, options?: { mtime?: number }): Promise<void> {
		try {
			this.content(file);
		} catch (error) {
			return Promise.reject(error);
		}
		this.contents.set(file.path, { text: data });
		file.stat = { ...file.stat, mtime: options?.mtime ?? this.now(), size: encoder.encode(data).length };
		this.trigger("modify", file);
		return Promise.resolve();
	}

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const updated = fn(await this.read(file));
		await this.modify(file, updated);
		return updated;
	}

	rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (!(file instanceof TFile)) return Promise.reject(new Error("Only files can be renamed in the fake vault."));
		if (this.getAbstractFileByPath(newPath)) return Promise.reject(new Error("Destination file already exists!"));
		const oldPath = file.path;
		const content = this.content(file);
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		this.files.delete(oldPath);
		this.contents.delete(oldPath);
		file.path = newPath;
		file.name = newPath.slice(newPath.lastIndexOf("/") + 1);
		const slash = newPath.lastIndexOf("/");
		file.parent = this.ensureFolder(slash === -1 ? "/" : newPath.slice(0, slash));
		file.parent.children.push(file);
		this.files.set(newPath, file);
		this.contents.set(newPath, content);
		this.trigger("rename", file, oldPath);
		return Promise.resolve();
	}

	delete(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile)) return Promise.reject(new Error("Only files can be deleted in the fake vault."));
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		this.files.delete(file.path);
		this.contents.delete(file.path);
		this.trigger("delete", file);
		return Promise.resolve();
	}

	trash(file: TAbstractFile): Promise<void> {
		return this.delete(file);
	}

	getResourcePath(file: TFile): string {
		return `app://local/${encodeURI(file.path)}`;
	}
}
