import type { Translator } from "../i18n/translator";
import { labelText } from "./group-label";
import { childrenInOrder, notesInOrder, type GroupNode } from "./group-tree";
import type { LibraryIndex } from "./library-index";

export interface OutlineNote {
	path: string;
	title: string;
	date: string;
}

/** The whole group tree, every group open, labels translated: what `learning-log tree` prints. */
export interface OutlineGroup {
	id: string;
	label: string;
	count: number;
	groups: OutlineGroup[];
	notes: OutlineNote[];
}

export function outlineOf(index: LibraryIndex, t: Translator): OutlineGroup[] {
	const build = (node: GroupNode): OutlineGroup[] =>
		childrenInOrder(node, index.groupComparator).map((child) => ({
			id: child.id,
			label: labelText(child.label, t),
			count: child.count,
			groups: build(child),
			notes: notesInOrder(child, index.noteComparator).map((path) => {
				const facts = index.factsOf(path)!;
				return { path, title: facts.title, date: facts.day };
			}),
		}));
	return build(index.tree);
}

/** Two spaces per level; groups show their count, notes their date and title. */
export function outlineText(groups: OutlineGroup[], depth = 0): string {
	const indent = "  ".repeat(depth);
	let text = "";
	for (const group of groups) {
		text += `${indent}${group.label} (${group.count})\n`;
		text += outlineText(group.groups, depth + 1);
		for (const note of group.notes) text += `${indent}  ${note.date}  ${note.title}\n`;
	}
	return text;
}
