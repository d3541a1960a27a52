import type { GroupLabel } from "./group-label";
import type { GroupKey, GroupOrder, GroupPath } from "./group-keys";

const EMPTY_CHILDREN: ReadonlyMap<string, GroupNode> = new Map();
const EMPTY_NOTES: ReadonlySet<string> = new Set();

/** Separates segments in a group id; never part of a category or tag name. */
export const GROUP_ID_SEPARATOR = "\u203A";

/** One group of the tree. Counts are kept as notes come and go, never recounted. */
export class GroupNode {
	// Most groups are leaves (days) or hold no notes of their own: their collections are created
	// on first use, which halves the objects of a two-level tree of 10,000 notes.
	private childMap: Map<string, GroupNode> | null = null;
	private directSet: Set<string> | null = null;

	/** Subgroups by segment. */
	get children(): ReadonlyMap<string, GroupNode> {
		return this.childMap ?? EMPTY_CHILDREN;
	}

	/** Notes listed directly in this group. */
	get direct(): ReadonlySet<string> {
		return this.directSet ?? EMPTY_NOTES;
	}

	addChild(child: GroupNode): void {
		(this.childMap ??= new Map()).set(child.segment, child);
	}

	deleteChild(segment: string): void {
		this.childMap?.delete(segment);
	}

	addNote(note: string): void {
		(this.directSet ??= new Set()).add(note);
	}

	deleteNote(note: string): boolean {
		return this.directSet?.delete(note) ?? false;
	}
	/**
	 * Notes anywhere below, each once: a note tagged `ai/cnn` and `ai/vision` counts once in `ai`.
	 * A number, not a set of paths: a two-level tree of 10,000 notes would hold over 100,000 entries.
	 */
	count = 0;
	/** Sorted caches, kept up to date by insertion; null until first asked for. */
	sortedChildren: GroupNode[] | null = null;
	sortedNotes: string[] | null = null;
	/** Bumped whenever the notes listed here or their order change (row caches key on it). */
	notesVersion = 0;

	constructor(
		readonly id: string,
		readonly segment: string,
		readonly label: GroupLabel,
		readonly order: GroupOrder,
		readonly depth: number,
		readonly parent: GroupNode | null,
	) {}
}

export type NoteComparator = (a: string, b: string) => number;
export type GroupComparator = (a: GroupNode, b: GroupNode) => number;

/** Inserts into an array sorted by compare, at the first position after its equals. */
export function insertSorted<T>(array: T[], item: T, compare: (a: T, b: T) => number): void {
	let low = 0;
	let high = array.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compare(array[middle], item) <= 0) low = middle + 1;
		else high = middle;
	}
	array.splice(low, 0, item);
}

function removeItem<T>(array: T[] | null, item: T): void {
	if (!array) return;
	const index = array.indexOf(item);
	if (index !== -1) array.splice(index, 1);
}

export function createRoot(): GroupNode {
	return new GroupNode("", "", { text: "" }, { kind: "last" }, -1, null);
}

/**
 * Places a note along each of its paths, creating groups on the way; every group it lands in or
 * under counts it once. `inOrder` is for full builds that place notes already sorted: each
 * group's list is then sorted by appending, with no sort at all.
 */
export function addPlacements(
	root: GroupNode,
	paths: readonly GroupPath[],
	note: string,
	compareNotes: NoteComparator,
	compareGroups: GroupComparator,
	inOrder = false,
): void {
	// Paths of one note can share groups (a common parent, the root); only then is a set needed.
	const counted = paths.length > 1 ? new Set<GroupNode>() : null;
	const count = (node: GroupNode) => {
		if (counted === null) node.count++;
		else if (!counted.has(node)) {
			counted.add(node);
			node.count++;
		}
	};
	for (const path of paths) {
		let node = root;
		count(node);
		for (const key of path) {
			node = childFor(node, key, compareGroups);
			count(node);
		}
		if (!node.direct.has(note)) {
			node.addNote(note);
			node.notesVersion++;
			if (inOrder && node.direct.size === (node.sortedNotes?.length ?? 0) + 1) (node.sortedNotes ??= []).push(note);
			else if (node.sortedNotes) insertSorted(node.sortedNotes, note, compareNotes);
		}
	}
}

function childFor(parent: GroupNode, key: GroupKey, compareGroups: GroupComparator): GroupNode {
	const existing = parent.children.get(key.segment);
	if (existing) return existing;
	const id = parent.id === "" ? key.segment : `${parent.id}${GROUP_ID_SEPARATOR}${key.segment}`;
	const child = new GroupNode(id, key.segment, key.label, key.order, parent.depth + 1, parent);
	parent.addChild(child);
	if (parent.sortedChildren) insertSorted(parent.sortedChildren, child, compareGroups);
	return child;
}

/** Every group a note placed along `paths` sits in or under, each once, the root included. */
export function groupsAlong(root: GroupNode, paths: readonly GroupPath[]): Set<GroupNode> {
	const groups = new Set<GroupNode>([root]);
	for (const path of paths) {
		let node: GroupNode | undefined = root;
		for (const key of path) {
			node = node.children.get(key.segment);
			if (!node) break;
			groups.add(node);
		}
	}
	return groups;
}

/** Takes a note off the paths it was placed along; groups left empty disappear. */
export function removePlacements(root: GroupNode, paths: readonly GroupPath[], note: string): void {
	const groups = groupsAlong(root, paths);
	for (const node of groups) {
		if (node.deleteNote(note)) {
			node.notesVersion++;
			removeItem(node.sortedNotes, note);
		}
		node.count--;
	}
	for (const node of groups) {
		if (node.count === 0 && node.parent) {
			node.parent.deleteChild(node.segment);
			removeItem(node.parent.sortedChildren, node);
		}
	}
}

/** Forgets every sorted cache, for a new sort order: they are rebuilt lazily when shown. */
export function clearSortCaches(node: GroupNode): void {
	node.sortedChildren = null;
	node.sortedNotes = null;
	node.notesVersion++;
	for (const child of node.children.values()) clearSortCaches(child);
}

export function childrenInOrder(node: GroupNode, compareGroups: GroupComparator): GroupNode[] {
	node.sortedChildren ??= [...node.children.values()].sort(compareGroups);
	return node.sortedChildren;
}

export function notesInOrder(node: GroupNode, compareNotes: NoteComparator): string[] {
	node.sortedNotes ??= [...node.direct].sort(compareNotes);
	return node.sortedNotes;
}
