/**
 * The vault as the core sees it: paths relative to the vault root, `/`-separated. The plugin
 * implements it over `app.vault`, the CLI over a folder on disk, tests over memory.
 */
export interface StoredFile {
	path: string;
	/** Creation and modification time, ms since the epoch. */
	ctime: number;
	mtime: number;
	size: number;
}

export interface NoteStore {
	/** Every file of the vault (notes and attachments), without the config folder. */
	listFiles(): Promise<StoredFile[]>;
	stat(path: string): Promise<StoredFile | null>;
	read(path: string): Promise<string>;
	/**
	 * A store where a file's times cost a call of their own (a folder on disk) can list without
	 * them and give them as a note is read: the same files in the same order as listFiles, and the
	 * same text as read with the file's record, or null when the note is gone. Both or neither.
	 * readWithStat answers at once (it throws rather than rejects): a folder on disk reads a note
	 * in one call, and a promise per note would cost a listing of 10,000 notes more than reading.
	 */
	listPaths?(): Promise<string[]>;
	readWithStat?(path: string): { text: string; file: StoredFile } | null;
	readBinary(path: string): Promise<Uint8Array>;
	/** Creates a new note and its folders; rejects if something exists at that path already. */
	create(path: string, text: string): Promise<void>;
	/** Atomic read-modify-write of an existing note. */
	process(path: string, edit: (text: string) => string): Promise<string>;
}

/** Stores that can also write new attachments (an import copies a blog's images into the vault). */
export interface AttachmentWriter {
	/** Creates a new binary file and its folders; rejects if something exists at that path already. */
	createBinary(path: string, bytes: Uint8Array): Promise<void>;
}

export class FileExistsError extends Error {
	constructor(readonly path: string) {
		super(`A file already exists at ${path}`);
		this.name = "FileExistsError";
	}
}

/** A note whose bytes are not valid UTF-8: reading it as text would replace some of them silently. */
export class InvalidTextError extends Error {
	constructor(
		readonly path: string,
		/** The text with the invalid bytes replaced by U+FFFD, to read its front matter. */
		readonly lenientText: string,
	) {
		super(`${path} is not valid UTF-8 text`);
		this.name = "InvalidTextError";
	}
}

export function isMarkdownPath(path: string): boolean {
	return path.toLowerCase().endsWith(".md");
}

export function parentFolder(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** "folder/My note.md" → "My note" */
export function baseName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(0, dot) : name;
}
