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
		const items: string[] = [];
		for (const item of value) if (typeof item === "string" || typeof item === "number") items.push(String(item));
		return items;
	}
	if (typeof value === "string") return value.split(/[,\s]+/);
	if (typeof value === "number") return [String(value)];
	return [];
}

function unique(values: string[]): string[] {
	// A note has a handful: a look through the few kept so far costs less than a set (a long list gets one).
	const keys: string[] | Set<string> = values.length > 16 ? new Set<string>() : [];
	const result: string[] = [];
	for (const value of values) {
		if (value === "") continue;
		const key = value.toLowerCase();
		if (Array.isArray(keys) ? keys.includes(key) : keys.has(key)) continue;
		if (Array.isArray(keys)) keys.push(key);
		else keys.add(key);
		result.push(value);
	}
	return result;
}

export function normaliseCategories(value: unknown): string[] {
	const categories = listOrString(value);
	for (let i = 0; i < categories.length; i++) categories[i] = cleanSegmentPath(categories[i]);
	return unique(categories);
}

function cleanTag(raw: string): string {
	const tag = raw.trim();
	return cleanSegmentPath(tag.charCodeAt(0) === 0x23 ? tag.replace(/^#+/, "") : tag);
}

export function normaliseTags(frontMatterTags: unknown, inlineTags: readonly string[]): string[] {
	const tags = listOrString(frontMatterTags);
	for (let i = 0; i < tags.length; i++) tags[i] = cleanTag(tags[i]);
	for (const tag of inlineTags) tags.push(cleanTag(tag));
	return unique(tags);
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
	const date = noteDate(fm?.date, () => baseName(source.path), source.ctime);
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
