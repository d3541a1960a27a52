import { promises as fs, type Stats } from "fs";
import * as nodePath from "path";
import { FileExistsError, InvalidTextError, type AttachmentWriter, type NoteStore, type StoredFile } from "../core/note-store";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The vault as a folder on disk, for the CLI. Skips the config folder and dot-folders like Obsidian. */
export class NodeNoteStore implements NoteStore, AttachmentWriter {
	constructor(
		readonly root: string,
		private readonly configDir = ".obsidian",
	) {}

	private absolute(path: string): string {
		const resolved = nodePath.resolve(this.root, path);
		const rootWithSep = nodePath.resolve(this.root) + nodePath.sep;
		if (!resolved.startsWith(rootWithSep)) throw new Error(`Path leaves the vault: ${path}`);
		return resolved;
	}

	async listFiles(): Promise<StoredFile[]> {
		const files: StoredFile[] = [];
		const walk = async (relative: string): Promise<void> => {
			const entries = await fs.readdir(nodePath.join(this.root, relative), { withFileTypes: true });
			const pending: Promise<void>[] = [];
			for (const entry of entries) {
				if (entry.name.startsWith(".") || entry.name === this.configDir) continue;
				const child = relative ? `${relative}/${entry.name}` : entry.name;
				// The dirent already says what the entry is; only the times and size need a stat, and the
				// stats of one folder (and its sub-folders) go out together instead of one after another.
				if (entry.isDirectory()) pending.push(walk(child));
				else if (entry.isFile()) pending.push(this.statFile(child).then((file) => void (file && files.push(file))));
			}
			await Promise.all(pending);
		};
		await walk("");
		return files.sort((a, b) => a.path.localeCompare(b.path));
	}

	/** A stat of a path known to be inside the vault (it came from walking it). */
	private async statFile(path: string): Promise<StoredFile | null> {
		try {
			return toStoredFile(path, await fs.stat(nodePath.join(this.root, path)));
		} catch {
			return null;
		}
	}

	async stat(path: string): Promise<StoredFile | null> {
		try {
			return toStoredFile(path, await fs.stat(this.absolute(path)));
		} catch {
			return null;
		}
	}

	/** Strict UTF-8: invalid bytes are an error (InvalidTextError), never a silent U+FFFD. */
	async read(path: string): Promise<string> {
		const bytes = await fs.readFile(this.absolute(path));
		try {
			return strictUtf8.decode(bytes);
		} catch {
			throw new InvalidTextError(path, bytes.toString("utf8"));
		}
	}

	async readBinary(path: string): Promise<Uint8Array> {
		return new Uint8Array(await fs.readFile(this.absolute(path)));
	}

	create(path: string, text: string): Promise<void> {
		return this.createFile(path, text);
	}

	createBinary(path: string, bytes: Uint8Array): Promise<void> {
		return this.createFile(path, bytes);
	}

	private async createFile(path: string, content: string | Uint8Array): Promise<void> {
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
