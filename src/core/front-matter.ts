import matter from "gray-matter";
import yaml from "js-yaml";

export type FrontMatter = Record<string, unknown>;

export interface ParsedNote {
	/** null when the note has no front matter block. */
	frontMatter: FrontMatter | null;
	body: string;
	/** The raw block including the `---` fences and the newline after them ("" when absent). */
	rawBlock: string;
}

export class FrontMatterError extends Error {
	constructor(
		readonly path: string,
		readonly reason: string,
	) {
		super(`Broken front matter in ${path}: ${reason}`);
		this.name = "FrontMatterError";
	}
}

// CORE_SCHEMA keeps `date: 2021-08-10 21:30:00 +0900` as the string the author wrote: the default
// schema turns it into a UTC Date and the author's offset is lost before we can use it.
const options = {
	engines: {
		yaml: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object | null) ?? {},
	},
};

/**
 * Splits a note into front matter and body. Passing options also keeps gray-matter from caching
 * every parsed text in a module-level map (it does that only when called without options).
 */
export function parseNote(path: string, text: string): ParsedNote {
	if (!/^---[ \t]*\r?\n/.test(text)) return { frontMatter: null, body: text, rawBlock: "" };
	let parsed: matter.GrayMatterFile<string>;
	try {
		parsed = matter(text, options);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
		throw new FrontMatterError(path, reason);
	}
	const data = parsed.data as unknown;
	if (typeof data !== "object" || data === null || Array.isArray(data)) {
		throw new FrontMatterError(path, "the front matter is not a set of keys and values");
	}
	const rawBlock = text.slice(0, text.length - parsed.content.length);
	return { frontMatter: data as FrontMatter, body: parsed.content, rawBlock };
}
