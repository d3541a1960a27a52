import { FrontMatterError, parseNote, type FrontMatter, type ParsedNote } from "../../core/front-matter";

export interface SelectionOptions {
	/** Notes under these folders are published unless they say `publish: false`. */
	publishedFolders: readonly string[];
	/** Every note is published unless it says `publish: false` (the CLI's `--all`). */
	everyNote: boolean;
	/** Never published however they are marked (the day template, full of placeholders). */
	excluded: readonly string[];
	/** The note the user picked: published even when it is not marked. */
	picked?: string;
}

export interface SelectionError {
	source: string;
	/** "front-matter": unreadable; "marked-private": the picked note says `publish: false`. */
	code: "front-matter" | "marked-private";
	message: string;
}

export interface Selection {
	published: Set<string>;
	/** Each note read without error, split into front matter and body (the converter reads them again otherwise). */
	parsed: Map<string, ParsedNote>;
	/** Notes we should publish but cannot read; they fail alone. */
	errors: SelectionError[];
}

type Flag = "yes" | "no" | "unset";

function publishFlag(frontMatter: FrontMatter | null): Flag {
	const value = frontMatter?.publish;
	if (value === true || (typeof value === "string" && /^(true|yes)$/i.test(value.trim()))) return "yes";
	if (value === false || (typeof value === "string" && /^(false|no)$/i.test(value.trim()))) return "no";
	return "unset";
}

function trimSlashes(folder: string): string {
	return folder.trim().replace(/^\/+|\/+$/g, "");
}

export function isInFolders(path: string, folders: readonly string[]): boolean {
	return folders.some((raw) => {
		if (raw.trim() === "/") return true;
		const folder = trimSlashes(raw);
		return folder !== "" && path.startsWith(`${folder}/`);
	});
}

// When the front matter cannot be parsed we cannot see `publish: true`, yet the author may have
// meant it; a line that says so makes the broken note an error instead of silently skipped.
const LOOKS_MARKED = /^\uFEFF?---[ \t]*\r?\n(?:.*\r?\n)*?publish[ \t]*:[ \t]*["']?(?:true|yes)\b/i;

/** Which notes a publish covers: marked `publish: true`, in a published folder, or picked. */
export function selectPublishedNotes(notes: ReadonlyArray<{ path: string; text: string }>, options: SelectionOptions): Selection {
	const published = new Set<string>();
	const errors: SelectionError[] = [];
	const parsed = new Map<string, ParsedNote>();
	const excluded = new Set(options.excluded);
	for (const note of notes) {
		if (excluded.has(note.path) && note.path !== options.picked) continue;
		const byPlace = options.everyNote || note.path === options.picked || isInFolders(note.path, options.publishedFolders);
		let flag: Flag;
		try {
			const split = parseNote(note.path, note.text);
			parsed.set(note.path, split);
			flag = publishFlag(split.frontMatter);
		} catch (error) {
			if (byPlace || LOOKS_MARKED.test(note.text)) {
				const reason = error instanceof FrontMatterError ? error.reason : String(error);
				errors.push({ source: note.path, code: "front-matter", message: reason });
			}
			continue;
		}
		// `publish: false` wins even over picking the note: it is how an author keeps a draft private.
		if (note.path === options.picked && flag === "no") {
			errors.push({ source: note.path, code: "marked-private", message: "publish: false" });
		} else if (flag === "yes" || (byPlace && flag !== "no")) {
			published.add(note.path);
		}
	}
	return { published, errors, parsed };
}
