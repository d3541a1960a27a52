import { FileExistsError, type AttachmentWriter, type NoteStore, type StoredFile } from "../../../src/core/note-store";

/** A vault in memory for pipeline tests: text notes and binary attachments. */
export class MemoryNoteStore implements NoteStore, AttachmentWriter {
	readonly files = new Map<string, { text?: string; bytes?: Uint8Array; ctime: number; mtime: number }>();

	constructor(entries: Record<string, string | Uint8Array> = {}) {
		for (const [path, content] of Object.entries(entries)) this.put(path, content);
	}

	put(path: string, content: string | Uint8Array, time = Date.UTC(2021, 7, 10)): void {
		if (typeof content === "string") this.files.set(path, { text: content, ctime: time, mtime: time });
		else this.files.set(path, { bytes: content, ctime: time, mtime: time });
	}

	remove(path: string): void {
		this.files.delete(path);
	}

	listFiles(): Promise<StoredFile[]> {
		return Promise.resolve([...this.files.keys()].sort().map((path) => this.statOf(path)));
	}

	private statOf(path: string): StoredFile {
		const file = this.files.get(path)!;
		return { path, ctime: file.ctime, mtime: file.mtime, size: file.text?.length ?? file.bytes?.length ?? 0 };
	}

	stat(path: string): Promise<StoredFile | null> {
		return Promise.resolve(this.files.has(path) ? this.statOf(path) : null);
	}

	read(path: string): Promise<string> {
		const file = this.files.get(path);
		if (file?.text === undefined) return Promise.reject(new Error(`No note at ${path}`));
		return Promise.resolve(file.text);
	}

	readBinary(path: string): Promise<Uint8Array> {
		const file = this.files.get(path);
		if (!file) return Promise.reject(new Error(`No file at ${path}`));
		return Promise.resolve(file.bytes ?? new TextEncoder().encode(file.text));
	}

	create(path: string, text: string): Promise<void> {
		if (this.files.has(path)) return Promise.reject(new FileExistsError(path));
		this.put(path, text);
		return Promise.resolve();
	}

	createBinary(path: string, bytes: Uint8Array): Promise<void> {
		if (this.files.has(path)) return Promise.reject(new FileExistsError(path));
		this.put(path, bytes);
		return Promise.resolve();
	}

	async process(path: string, edit: (text: string) => string): Promise<string> {
		const updated = edit(await this.read(path));
		this.put(path, updated);
		return updated;
	}
}
