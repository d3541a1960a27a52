import { promises as fs, readdirSync, readFileSync, statSync, type Stats } from "fs";
import * as nodePath from "path";
import { FileExistsError, InvalidTextError, type AttachmentWriter, type NoteStore, type StoredFile } from "../core/note-store";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

// One collator for every sort: `localeCompare` per comparison sets up the same comparison again
// each time, which costs more than the walk itself on a 10,000-note vault.
const pathOrder = new Intl.Collator().compare;

/**
 * The vault as a folder on disk, for the CLI. Skips the config folder and dot-folders like Obsidian.
 *
 * Reads are synchronous: a command reads the notes it needs before anything else happens, and on
 * a warm disk a synchronous read is one call into the file system, where a promise-based one is
 * four trips through Node's thread pool (open, stat, read, close) and an idle main thread in
 * between. Writes stay asynchronous.
 */
export class NodeNoteStore implements NoteStore, AttachmentWriter {
	private readonly rootWithSep: string;
	/** While sharingReads runs: the listing and texts read, each handed once to the next reader. */
	private shared: { files: StoredFile[] | null; texts: Map<string, string> } | null = null;
	private remembering = false;

	constructor(
		readonly root: string,
		private readonly configDir = ".obsidian",
	) {
		this.rootWithSep = nodePath.resolve(root) + nodePath.sep;
	}

	private absolute(path: string): string {
		const resolved = nodePath.resolve(this.rootWithSep, path);
		if (!resolved.startsWith(this.rootWithSep)) throw new Error(`Path leaves the vault: ${path}`);
		return resolved;
	}

	/**
	 * Runs `reading` remembering what it lists and reads: the next listing, and the next read of
	 * each of those notes, get what was read then instead of asking the disk again, once each.
	 * Opening a vault without saved settings reads its day notes, and the command that follows
	 * (publish, new-day) lists the vault and reads them again at once. A write forgets it all.
	 */
	async sharingReads<T>(reading: () => Promise<T>): Promise<T> {
		this.shared = { files: null, texts: new Map() };
		this.remembering = true;
		try {
			return await reading();
		} finally {
			this.remembering = false;
		}
	}

	/** One listing per folder, with file types, and one stat per file (for its times and size). */
	async listFiles(): Promise<StoredFile[]> {
		if (this.shared?.files && !this.remembering) {
			const files = this.shared.files;
			this.shared.files = null;
			return files;
		}
		const files = this.walk();
		if (this.remembering && this.shared) this.shared.files = [...files];
		return files;
	}

	private walk(): StoredFile[] {
		const files: StoredFile[] = [];
		const walk = (relative: string, absolute: string): void => {
			for (const entry of readdirSync(absolute, { withFileTypes: true })) {
				if (entry.name.startsWith(".") || entry.name === this.configDir) continue;
				const child = relative ? `${relative}/${entry.name}` : entry.name;
				const childAbsolute = `${absolute}${nodePath.sep}${entry.name}`;
				if (entry.isDirectory()) walk(child, childAbsolute);
				else if (entry.isFile()) {
					// Gone since the listing (a sync client, an editor's swap file): not a file any more.
					const stat = statSync(childAbsolute, { throwIfNoEntry: false });
					const file = stat && toStoredFile(child, stat);
					if (file) files.push(file);
				}
			}
		};
		walk("", this.rootWithSep.slice(0, -1));
		return files.sort((a, b) => pathOrder(a.path, b.path));
	}

	stat(path: string): Promise<StoredFile | null> {
		try {
			const stat = statSync(this.absolute(path), { throwIfNoEntry: false });
			return Promise.resolve(stat ? toStoredFile(path, stat) : null);
		} catch {
			return Promise.resolve(null);
		}
	}

	/** The note's text (see readText), handed over when sharingReads read it already. */
	async read(path: string): Promise<string> {
		const shared = this.shared?.texts.get(path);
		if (shared !== undefined && !this.remembering) {
			this.shared!.texts.delete(path);
			return shared;
		}
		const text = this.readText(path);
		if (this.remembering) this.shared?.texts.set(path, text);
		return text;
	}

	/**
	 * Strict UTF-8: invalid bytes are an error (InvalidTextError), never a silent U+FFFD; a leading
	 * byte-order mark is dropped, as the strict decoder drops it. Node decodes a file in the same
	 * call that reads it; only a text holding U+FFFD (a replaced byte, or one written on purpose) is
	 * read again as bytes to tell which.
	 */
	private readText(path: string): string {
		const absolute = this.absolute(path);
		const text = readFileSync(absolute, "utf8");
		if (!text.includes("\uFFFD")) return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
		const bytes = readFileSync(absolute);
		try {
			return strictUtf8.decode(bytes);
		} catch {
			throw new InvalidTextError(path, bytes.toString("utf8"));
		}
	}

	async readBinary(path: string): Promise<Uint8Array> {
		const bytes = readFileSync(this.absolute(path));
		return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}

	create(path: string, text: string): Promise<void> {
		return this.createFile(path, text);
	}

	createBinary(path: string, bytes: Uint8Array): Promise<void> {
		return this.createFile(path, bytes);
	}

	private async createFile(path: string, content: string | Uint8Array): Promise<void> {
		this.shared = null;
		const target = this.absolute(path);
		await fs.mkdir(nodePath.dirname(target), { recursive: true });
		try {
			// "wx" fails if the file exists: never overwrite a note, even in a race.
			await fs.writeFile(target, content, typeof content === "string" ? { encoding: "utf8", flag: "wx" } : { flag: "wx" });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(path);
			throw error;
		}
	}

	async process(path: string, edit: (text: string) => string): Promise<string> {
		this.shared = null;
		const target = this.absolute(path);
		const updated = edit(await fs.readFile(target, "utf8"));
		// Write beside the note, then rename over it, so a crash never leaves half a note.
		const temporary = `${target}.learning-log-${process.pid}.tmp`;
		await fs.writeFile(temporary, updated, "utf8");
		await fs.rename(temporary, target);
		return updated;
	}
}

function toStoredFile(path: string, stat: Stats): StoredFile | null {
	if (!stat.isFile()) return null;
	return { path, ctime: stat.birthtimeMs || stat.ctimeMs, mtime: stat.mtimeMs, size: stat.size };
}
