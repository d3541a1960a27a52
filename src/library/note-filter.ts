import type { NoteFacts } from "./note-facts";

/** The filter box: words of the title, `#tag` (and its nested tags), `category:name` (quoted if it has spaces). */
export interface NoteFilter {
	words: string[];
	tags: string[];
	categories: string[];
}

const CATEGORY_PREFIXES = ["category:", "cat:", "카테고리:"];
const TOKEN = /([^\s"]*)"([^"]*)"?|(\S+)/g;

export function parseFilter(query: string): NoteFilter | null {
	const filter: NoteFilter = { words: [], tags: [], categories: [] };
	for (const match of query.matchAll(TOKEN)) {
		const token = match[3] ?? `${match[1]}${match[2]}`;
		const lower = token.toLowerCase();
		const prefix = CATEGORY_PREFIXES.find((p) => lower.startsWith(p));
		if (prefix) {
			const name = token.slice(prefix.length).trim();
			if (name) filter.categories.push(name.toLowerCase());
		} else if (token.startsWith("#") && token.length > 1) {
			filter.tags.push(token.slice(1).toLowerCase());
		} else if (token.trim() !== "") {
			filter.words.push(lower);
		}
	}
	const empty = filter.words.length + filter.tags.length + filter.categories.length === 0;
	return empty ? null : filter;
}

/** `ai` matches `ai` and `ai/vision`, not `air`. */
function matchesNested(values: string[], wanted: string): boolean {
	return values.some((value) => {
		const lower = value.toLowerCase();
		return lower === wanted || lower.startsWith(`${wanted}/`);
	});
}

/** Every part of the filter must match. */
export function matchesFilter(facts: NoteFacts, filter: NoteFilter): boolean {
	const title = facts.title.toLowerCase();
	return (
		filter.words.every((word) => title.includes(word)) &&
		filter.tags.every((tag) => matchesNested(facts.tags, tag)) &&
		filter.categories.every((category) => matchesNested(facts.categories, category))
	);
}
