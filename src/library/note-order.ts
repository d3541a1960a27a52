import type { SortOrder } from "./library-settings";
import type { GroupComparator, NoteComparator } from "./group-tree";
import type { NoteFacts } from "./note-facts";

let collator: Intl.Collator | null = null;

/**
 * Korean collation (Hangul in dictionary order, numbers by value), shared by titles and names.
 * Made on first use: loading Korean collation costs several milliseconds at every start of the
 * CLI, and a listing by date never compares names.
 */
function compareTitles(a: string, b: string): number {
	collator ??= new Intl.Collator("ko", { numeric: true, sensitivity: "base" });
	return collator.compare(a, b);
}

function byPath(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A total order on facts: ties fall back to the path, so every build lists notes identically. */
export function createFactsComparator(sort: SortOrder): (a: NoteFacts, b: NoteFacts) => number {
	if (sort === "title") return (a, b) => compareTitles(a.title, b.title) || byPath(a.path, b.path);
	const direction = sort === "date-asc" ? 1 : -1;
	return (a, b) => direction * (a.timestamp - b.timestamp) || byPath(a.path, b.path);
}

/** The same order on paths, for the sorted lists of the tree. */
export function createNoteComparator(sort: SortOrder, factsOf: (path: string) => NoteFacts): NoteComparator {
	const compare = createFactsComparator(sort);
	return (a, b) => compare(factsOf(a), factsOf(b));
}

/** Names in collation order, dates in the note order's direction (new first unless old → new). */
export function createGroupComparator(sort: SortOrder): GroupComparator {
	const direction = sort === "date-asc" ? 1 : -1;
	return (a, b) => {
		const x = a.order;
		const y = b.order;
		if (x.kind === "last" || y.kind === "last") return (x.kind === "last" ? 1 : 0) - (y.kind === "last" ? 1 : 0) || byPath(a.segment, b.segment);
		if (x.kind === "date" && y.kind === "date") return direction * (x.value - y.value) || byPath(a.segment, b.segment);
		if (x.kind === "text" && y.kind === "text") return compareTitles(x.text, y.text) || byPath(a.segment, b.segment);
		return x.kind === "text" ? -1 : 1;
	};
}
