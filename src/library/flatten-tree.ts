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

export interface FlattenOptions {
	collapsed: ReadonlySet<string>;
	filter: NoteFilter | null;
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
			for (const path of notesInOrder(child, index.noteComparator)) {
				if (matching && !matching.has(path)) continue;
				rows.push({ kind: "note", id: `${child.id}${NOTE_ROW_SEPARATOR}${path}`, depth: child.depth + 1, path, parentId: child.id });
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
