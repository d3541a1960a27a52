import { closeSync, fstatSync, openSync, promises as fs, readdirSync, readFileSync, readSync, statSync, type Stats } from "fs";
import * as nodePath from "path";
import { FileExistsError, InvalidTextError, type AttachmentWriter, type NoteStore, type StoredFile } from "../core/note-store";
import { comparePaths } from "../core/path-order";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * `a/b.md`: names joined by single slashes, none `.` or `..`, nothing absolute, no backslash or NUL.
 * Only where the platform's separator is `/` (elsewhere every path is resolved).
 */
const PLAIN_RELATIVE = nodePath.sep === "/" ? /^(?!\.\.?(?:\/|$))[^/\\\0]+(?:\/(?!\.\.?(?:\/|$))[^/\\\0]+)*$/ : /(?!)/;

/** `path.resolve(rootWithSep, path)`, without the work for a plain relative path (every path the listing gives). */
export function resolveInVault(rootWithSep: string, path: string): string {
	return PLAIN_RELATIVE.test(path) ? rootWithSep + path : nodePath.resolve(rootWithSep, path);
}

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
	/** One buffer every readWithStat reads into: no allocation per note. */
	private buffer = Buffer.allocUnsafe(64 * 1024);

	constructor(
		readonly root: string,
		private readonly configDir = ".obsidian",
	) {
		this.rootWithSep = nodePath.resolve(root) + nodePath.sep;
	}

	private absolute(path: string): string {
		const resolved = resolveInVault(this.rootWithSep, path);
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
		const files = this.statAll();
		if (this.remembering && this.shared) this.shared.files = [...files];
		return files;
	}

	private statAll(): StoredFile[] {
		const files: StoredFile[] = [];
		this.walk((path, absolute) => {
			// Gone since the listing (a sync client, an editor's swap file): not a file any more.
			const stat = statSync(absolute, { throwIfNoEntry: false });
			const file = stat && toStoredFile(path, stat);
			if (file) files.push(file);
		});
		return files.sort((a, b) => comparePaths(a.path, b.path));
	}

	/**
	 * The same files without a stat each, in the order the folders list them: for a reader that
	 * takes the times as it reads (readWithStat). Always from the disk, as readWithStat is: neither
	 * shares reads.
	 */
	async listPaths(): Promise<string[]> {
		const paths: string[] = [];
		this.walk((path) => paths.push(path));
		return paths;
	}

	/** Every file below the root, dot and config folders left out: one listing per folder, with file types. */
	private walk(visit: (path: string, absolute: string) => void): void {
		const walk = (relative: string, absolute: string): void => {
			for (const entry of readdirSync(absolute, { withFileTypes: true })) {
				if (entry.name.startsWith(".") || entry.name === this.configDir) continue;
				const child = relative ? `${relative}/${entry.name}` : entry.name;
				const childAbsolute = `${absolute}${nodePath.sep}${entry.name}`;
				if (entry.isDirectory()) walk(child, childAbsolute);
				else if (entry.isFile()) visit(child, childAbsolute);
			}
		};
		walk("", this.rootWithSep.slice(0, -1));
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

	/** The note's text, strict UTF-8 (see noteText): Node decodes the file in the call that reads it. */
	private readText(path: string): string {
		const absolute = this.absolute(path);
		return noteText(path, readFileSync(absolute, "utf8"), () => readFileSync(absolute));
	}

	/**
	 * A note's text (exactly as readText gives it) and its file's record, from one open file: the
	 * times come from the open file (fstat), with no second look up of the path. Null when the
	 * note is gone (a sync client, an editor's swap file) or is not a file.
	 */
	readWithStat(path: string): { text: string; file: StoredFile } | null {
		let fd: number;
		try {
			fd = openSync(this.absolute(path), "r");
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
			throw error;
		}
		try {
			const file = toStoredFile(path, fstatSync(fd));
			if (!file) return null;
			const length = this.readAll(fd, file.size);
			const text = noteText(path, this.buffer.toString("utf8", 0, length), () => Buffer.from(this.buffer.subarray(0, length)));
			return { text, file };
		} finally {
			closeSync(fd);
		}
	}

	/**
	 * Reads the open file into the buffer, as readFileSync does: up to the size it has now (no
	 * last call to find the end), or to the end when it says 0 (a file whose size is not known).
	 */
	private readAll(fd: number, size: number): number {
		let length = 0;
		for (;;) {
			if (length === this.buffer.length) {
				const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, size));
				this.buffer.copy(larger);
				this.buffer = larger;
			}
			const read = readSync(fd, this.buffer, length, (size > 0 ? Math.min(size, this.buffer.length) : this.buffer.length) - length, null);
			length += read;
			if (read === 0 || (size > 0 && length >= size)) return length;
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

/**
 * The note's text from Node's decoding of its bytes, trusted unless it holds U+FFFD (a replaced
 * byte, or one written on purpose): then the bytes are decoded again, strictly, to tell which.
 */
function noteText(path: string, decoded: string, bytes: () => Buffer): string {
	if (!decoded.includes("\uFFFD")) return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
	return strictText(path, bytes());
}

/**
 * Strict UTF-8: invalid bytes are an error (InvalidTextError), never a silent U+FFFD; a leading
 * byte-order mark is dropped, as the strict decoder drops it.
 */
function strictText(path: string, bytes: Buffer): string {
	try {
		return strictUtf8.decode(bytes);
	} catch {
		throw new InvalidTextError(path, bytes.toString("utf8"));
	}
}

function toStoredFile(path: string, stat: Stats): StoredFile | null {
	if (!stat.isFile()) return null;
	return { path, ctime: stat.birthtimeMs || stat.ctimeMs, mtime: stat.mtimeMs, size: stat.size };
}
