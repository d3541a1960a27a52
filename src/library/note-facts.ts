import { baseName } from "../core/note-store";
import { noteDate, type DateSource, type DayKey } from "./note-dates";

/** What the learning log view knows about one note: enough to group, sort, filter and label it. */
export interface NoteFacts {
	path: string;
	/** Front matter `title`, else the file name. */
	title: string;
	/** Nested by `/`, e.g. `DL/CNN`. */
	categories: string[];
	/** Without `#`, nested by `/`, from front matter and the body. */
	tags: string[];
	day: DayKey;
	timestamp: number;
	dateSource: DateSource;
	/** Front matter `publish`; null when the note does not say. */
	publish: boolean | null;
	mtime: number;
}

/** Everything extractNoteFacts needs, gathered by the plugin (metadata cache) or the CLI (parser). */
export interface NoteSource {
	path: string;
	frontMatter: Record<string, unknown> | null;
	/** Tags found in the body, with or without `#`. */
	inlineTags: readonly string[];
	ctime: number;
	mtime: number;
}

// A path that needs cleaning: space at an end or beside a slash, a slash at an end, or two in a row.
const UNCLEAN_PATH = /^[\s/]|[\s/]$|\s\/|\/\s|\/\//;

function cleanSegmentPath(raw: string): string {
	// Most tags and categories are clean already: no split, no copies.
	if (!raw.includes("/")) return raw.trim();
	if (!UNCLEAN_PATH.test(raw)) return raw;
	return raw
		.split("/")
		.map((segment) => segment.trim())
		.filter((segment) => segment !== "")
		.join("/");
}

/**
 * A list keeps each item whole (`[Computer Science]`); a string is split on commas and spaces,
 * as Jekyll splits `categories: ai deep-learning`, so the view groups as the blog will.
 */
function listOrString(value: unknown): string[] {
	if (Array.isArray(value)) {
		return value.filter((item) => typeof item === "string" || typeof item === "number").map(String);
	}
	if (typeof value === "string") return value.split(/[,\s]+/);
	if (typeof value === "number") return [String(value)];
	return [];
}

function unique(values: string[]): string[] {
	const seen = new Set<string>();
	const result: string[] = [];
	for (const value of values) {
		const key = value.toLowerCase();
		if (value === "" || seen.has(key)) continue;
		seen.add(key);
		result.push(value);
	}
	return result;
}

export function normaliseCategories(value: unknown): string[] {
	return unique(listOrString(value).map(cleanSegmentPath));
}

export function normaliseTags(frontMatterTags: unknown, inlineTags: readonly string[]): string[] {
	const all = [...listOrString(frontMatterTags), ...inlineTags];
	return unique(all.map((tag) => cleanSegmentPath(tag.trim().replace(/^#+/, ""))));
}

function titleOf(frontMatter: Record<string, unknown> | null, path: string): string {
	const title = frontMatter?.title;
	if (typeof title === "string" && title.trim() !== "") return title.trim();
	if (typeof title === "number") return String(title);
	return baseName(path);
}

export function publishFlag(value: unknown): boolean | null {
	if (value === true || value === "true") return true;
	if (value === false || value === "false") return false;
	return null;
}

export function extractNoteFacts(source: NoteSource): NoteFacts {
	const fm = source.frontMatter;
	const date = noteDate(fm?.date, baseName(source.path), source.ctime);
	return {
		path: source.path,
		title: titleOf(fm, source.path),
		categories: normaliseCategories(fm?.categories ?? fm?.category),
		tags: normaliseTags(fm?.tags ?? fm?.tag, source.inlineTags),
		day: date.day,
		timestamp: date.timestamp,
		dateSource: date.source,
		publish: publishFlag(fm?.publish),
		mtime: source.mtime,
	};
}

/** Facts are compared to skip updates that change nothing the view shows. */
export function sameFacts(a: NoteFacts, b: NoteFacts): boolean {
	return (
		a.path === b.path &&
		a.title === b.title &&
		a.day === b.day &&
		a.timestamp === b.timestamp &&
		a.dateSource === b.dateSource &&
		a.publish === b.publish &&
		a.mtime === b.mtime &&
		a.categories.join("\n") === b.categories.join("\n") &&
		a.tags.join("\n") === b.tags.join("\n")
	);
}
