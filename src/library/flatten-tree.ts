import type { GroupLabel } from "./group-label";
import { childrenInOrder, notesInOrder, type GroupNode } from "./group-tree";
import type { LibraryIndex } from "./library-index";
import { matchesFilter, type NoteFilter } from "./note-filter";

export interface GroupRow {
	kind: "group";
	id: string;
	depth: number;
	label: GroupLabel;
	count: number;
	expanded: boolean;
	parentId: string | null;
}

export interface NoteRow {
	kind: "note";
	/** Unique per row: a note with two tags has two rows. */
	id: string;
	depth: number;
	path: string;
	parentId: string;
}

export type TreeRow = GroupRow | NoteRow;

export const NOTE_ROW_SEPARATOR = "\u0000";

/** Note rows per group, reused while the group's notes stay the same (keyed on notesVersion). */
export type NoteRowCache = WeakMap<GroupNode, { version: number; rows: NoteRow[] }>;

export function createNoteRowCache(): NoteRowCache {
	return new WeakMap();
}

export interface FlattenOptions {
	collapsed: ReadonlySet<string>;
	filter: NoteFilter | null;
	/** Lets a view flatten 10,000 rows without allocating 10,000 row objects each time. */
	cache?: NoteRowCache;
}

function noteRowsOf(node: GroupNode, index: LibraryIndex, cache: NoteRowCache | undefined): NoteRow[] {
	const cached = cache?.get(node);
	if (cached && cached.version === node.notesVersion) return cached.rows;
	const rows = notesInOrder(node, index.noteComparator).map(
		(path): NoteRow => ({ kind: "note", id: `${node.id}${NOTE_ROW_SEPARATOR}${path}`, depth: node.depth + 1, path, parentId: node.id }),
	);
	cache?.set(node, { version: node.notesVersion, rows });
	return rows;
}

/**
 * The rows a tree view shows, top to bottom: groups, and the notes of expanded groups. Costs one
 * step per visible row (sorted lists are cached in the tree). While a filter is on, every group
 * with a match is open and counts only matches.
 */
export function flattenTree(index: LibraryIndex, options: FlattenOptions): TreeRow[] {
	const rows: TreeRow[] = [];
	const matching = options.filter ? matchingNotes(index, options.filter) : null;
	const visit = (node: GroupNode): void => {
		for (const child of childrenInOrder(node, index.groupComparator)) {
			const count = matching ? countMatches(child, matching) : child.count;
			if (count === 0) continue;
			const expanded = matching !== null || !options.collapsed.has(child.id);
			rows.push({ kind: "group", id: child.id, depth: child.depth, label: child.label, count, expanded, parentId: node.parent ? node.id : null });
			if (!expanded) continue;
			visit(child);
			for (const row of noteRowsOf(child, index, options.cache)) {
				if (!matching || matching.has(row.path)) rows.push(row);
			}
		}
	};
	visit(index.tree);
	return rows;
}

function matchingNotes(index: LibraryIndex, filter: NoteFilter): Set<string> {
	const result = new Set<string>();
	for (const facts of index.allFacts()) if (matchesFilter(facts, filter)) result.add(facts.path);
	return result;
}

function countMatches(node: GroupNode, matching: Set<string>): number {
	let count = 0;
	for (const path of node.members.keys()) if (matching.has(path)) count++;
	return count;
}
