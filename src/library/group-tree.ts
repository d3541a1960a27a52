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
	 * Notes anywhere below, with how many placements put them there: a note tagged `ai/cnn` and
	 * `ai/vision` counts once in `ai` and must stay until both placements are gone.
	 */
	readonly members = new Map<string, number>();
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

	get count(): number {
		return this.members.size;
	}
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
 * Places a note along one path, creating groups on the way. `inOrder` is for full builds that
 * place notes already sorted: each group's list is then sorted by appending, with no sort at all.
 */
export function addPlacement(
	root: GroupNode,
	path: GroupPath,
	note: string,
	compareNotes: NoteComparator,
	compareGroups: GroupComparator,
	inOrder = false,
): void {
	let node = root;
	node.members.set(note, (node.members.get(note) ?? 0) + 1);
	for (const key of path) {
		node = childFor(node, key, compareGroups);
		node.members.set(note, (node.members.get(note) ?? 0) + 1);
	}
	if (!node.direct.has(note)) {
		node.addNote(note);
		node.notesVersion++;
		if (inOrder && node.direct.size === (node.sortedNotes?.length ?? 0) + 1) (node.sortedNotes ??= []).push(note);
		else if (node.sortedNotes) insertSorted(node.sortedNotes, note, compareNotes);
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

/** Takes a note off one path; groups left empty disappear. */
export function removePlacement(root: GroupNode, path: GroupPath, note: string): void {
	const nodes: GroupNode[] = [root];
	let node = root;
	for (const key of path) {
		const child = node.children.get(key.segment);
		if (!child) return;
		nodes.push(child);
		node = child;
	}
	if (node.deleteNote(note)) node.notesVersion++;
	removeItem(node.sortedNotes, note);
	for (let i = nodes.length - 1; i >= 0; i--) {
		const current = nodes[i];
		const left = (current.members.get(note) ?? 1) - 1;
		if (left > 0) current.members.set(note, left);
		else current.members.delete(note);
		if (current.members.size === 0 && current.parent) {
			current.parent.deleteChild(current.segment);
			removeItem(current.parent.sortedChildren, current);
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
