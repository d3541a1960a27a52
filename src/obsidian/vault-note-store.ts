import { normalizePath, TFile, type App } from "obsidian";
import { FileExistsError, parentFolder, type AttachmentWriter, type NoteStore, type StoredFile } from "../core/note-store";

function toStoredFile(file: TFile): StoredFile {
	return { path: file.path, ctime: file.stat.ctime, mtime: file.stat.mtime, size: file.stat.size };
}

/** The core's view of the vault, over Obsidian's Vault API (works on desktop and mobile). */
export class VaultNoteStore implements NoteStore, AttachmentWriter {
	constructor(private readonly app: App) {}

	private file(path: string): TFile {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!file) throw new Error(`No file at ${path}`);
		return file;
	}

	listFiles(): Promise<StoredFile[]> {
		return Promise.resolve(this.app.vault.getFiles().map(toStoredFile));
	}

	stat(path: string): Promise<StoredFile | null> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		return Promise.resolve(file ? toStoredFile(file) : null);
	}

	read(path: string): Promise<string> {
		return this.app.vault.read(this.file(path));
	}

	async readBinary(path: string): Promise<Uint8Array> {
		return new Uint8Array(await this.app.vault.readBinary(this.file(path)));
	}

	create(path: string, text: string): Promise<void> {
		return this.createFile(path, (normalized) => this.app.vault.create(normalized, text));
	}

	createBinary(path: string, bytes: Uint8Array): Promise<void> {
		// Obsidian takes an ArrayBuffer: copy out exactly this view's bytes.
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		return this.createFile(path, (normalized) => this.app.vault.createBinary(normalized, buffer));
	}

	private async createFile(path: string, write: (normalized: string) => Promise<unknown>): Promise<void> {
		const normalized = normalizePath(path);
		if (this.app.vault.getAbstractFileByPath(normalized)) throw new FileExistsError(normalized);
		const folder = parentFolder(normalized);
		if (folder && !this.app.vault.getFolderByPath(folder)) {
			await this.app.vault.createFolder(folder).catch(() => undefined); // created meanwhile: fine
		}
		try {
			await write(normalized);
		} catch (error) {
			// Another writer (a sync client) created it after our check: report it as such, so callers
			// open the existing note instead of failing.
			if (this.app.vault.getAbstractFileByPath(normalized)) throw new FileExistsError(normalized);
			throw error;
		}
	}

	process(path: string, edit: (text: string) => string): Promise<string> {
		return this.app.vault.process(this.file(path), edit);
	}
}
