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
	/** 1-based position among its siblings (subgroups, then notes) and their number: a virtual
	 * list has most siblings out of the DOM, so screen readers are told (aria-posinset/-setsize). */
	position: number;
	siblings: number;
}

export interface NoteRow {
	kind: "note";
	/** Unique per row: a note with two tags has two rows. */
	id: string;
	depth: number;
	path: string;
	parentId: string;
	position: number;
	siblings: number;
}

export type TreeRow = GroupRow | NoteRow;

export const NOTE_ROW_SEPARATOR = "\u0000";

/** Note rows per group, reused while the group's notes and subgroups stay the same. */
export type NoteRowCache = WeakMap<GroupNode, { key: string; rows: NoteRow[] }>;

export function createNoteRowCache(): NoteRowCache {
	return new WeakMap();
}

export interface FlattenOptions {
	collapsed: ReadonlySet<string>;
	filter: NoteFilter | null;
	/** Lets a view flatten 10,000 rows without allocating 10,000 row objects each time. */
	cache?: NoteRowCache;
}

function noteRow(node: GroupNode, path: string, position: number, siblings: number): NoteRow {
	return { kind: "note", id: `${node.id}${NOTE_ROW_SEPARATOR}${path}`, depth: node.depth + 1, path, parentId: node.id, position, siblings };
}

/** Without a filter every subgroup and note is shown, so rows can be cached per group. */
function noteRowsOf(node: GroupNode, index: LibraryIndex, cache: NoteRowCache | undefined): NoteRow[] {
	const key = `${node.notesVersion}/${node.children.size}`;
	const cached = cache?.get(node);
	if (cached && cached.key === key) return cached.rows;
	const siblings = node.children.size + node.direct.size;
	const rows = notesInOrder(node, index.noteComparator).map((path, i) => noteRow(node, path, node.children.size + i + 1, siblings));
	cache?.set(node, { key, rows });
	return rows;
}

function matchingNoteRows(node: GroupNode, index: LibraryIndex, matching: Set<string>, visibleGroups: number): NoteRow[] {
	const paths = notesInOrder(node, index.noteComparator).filter((path) => matching.has(path));
	return paths.map((path, i) => noteRow(node, path, visibleGroups + i + 1, visibleGroups + paths.length));
}

/**
 * The rows a tree view shows, top to bottom: groups, and the notes of expanded groups. Costs one
 * step per visible row (sorted lists are cached in the tree). While a filter is on, every group
 * with a match is open and counts only matches.
 */
export function flattenTree(index: LibraryIndex, options: FlattenOptions): TreeRow[] {
	const rows: TreeRow[] = [];
	const matching = options.filter ? matchingNotes(index, options.filter) : null;
	const matchCounts = matching ? countMatches(index, matching) : null;
	/** Pushes the subgroups of `node` (and what is open below them); returns how many are shown. */
	const visit = (node: GroupNode, siblingNotes: number): number => {
		const shown = childrenInOrder(node, index.groupComparator)
			.map((child) => ({ child, count: matchCounts ? (matchCounts.get(child) ?? 0) : child.count }))
			.filter(({ count }) => count > 0);
		shown.forEach(({ child, count }, i) => {
			const expanded = matching !== null || !options.collapsed.has(child.id);
			const parentId = node.parent ? node.id : null;
			rows.push({ kind: "group", id: child.id, depth: child.depth, label: child.label, count, expanded, parentId, position: i + 1, siblings: shown.length + siblingNotes });
			if (!expanded) return;
			if (matching) {
				const notes = [...child.direct].filter((path) => matching.has(path)).length;
				const groups = visit(child, notes);
				rows.push(...matchingNoteRows(child, index, matching, groups));
			} else {
				visit(child, child.direct.size);
				for (const row of noteRowsOf(child, index, options.cache)) rows.push(row);
			}
		});
		return shown.length;
	};
	visit(index.tree, 0);
	return rows;
}

function matchingNotes(index: LibraryIndex, filter: NoteFilter): Set<string> {
	const result = new Set<string>();
	for (const facts of index.allFacts()) if (matchesFilter(facts, filter)) result.add(facts.path);
	return result;
}

/** Matches per group, each note once per group: one walk along each match's own paths. */
function countMatches(index: LibraryIndex, matching: Set<string>): Map<GroupNode, number> {
	const counts = new Map<GroupNode, number>();
	for (const path of matching) for (const group of index.groupsOf(path)) counts.set(group, (counts.get(group) ?? 0) + 1);
	return counts;
}
