import type { TreeRow } from "../library/flatten-tree";

/** What a key does to the tree: move the focus, open or close a group, open a note. */
export type TreeKeyAction =
	| { kind: "focus"; index: number }
	| { kind: "expand"; id: string }
	| { kind: "collapse"; id: string }
	| { kind: "open"; path: string; newTab: boolean }
	| { kind: "none" };

/**
 * The WAI-ARIA tree pattern: up/down move, home/end jump, right opens a closed group or enters an
 * open one, left closes an open group or goes to the parent, enter opens a note or toggles a group.
 */
export function treeKeyAction(rows: readonly TreeRow[], focused: number, key: string, modifier = false): TreeKeyAction {
	if (rows.length === 0) return { kind: "none" };
	const current = rows[Math.min(Math.max(focused, 0), rows.length - 1)];
	const at = Math.min(Math.max(focused, 0), rows.length - 1);
	switch (key) {
		case "ArrowDown":
			return { kind: "focus", index: Math.min(rows.length - 1, focused < 0 ? 0 : at + 1) };
		case "ArrowUp":
			return { kind: "focus", index: Math.max(0, at - 1) };
		case "Home":
			return { kind: "focus", index: 0 };
		case "End":
			return { kind: "focus", index: rows.length - 1 };
		case "ArrowRight":
			if (current.kind !== "group") return { kind: "none" };
			if (!current.expanded) return { kind: "expand", id: current.id };
			return at + 1 < rows.length && rows[at + 1].parentId === current.id ? { kind: "focus", index: at + 1 } : { kind: "none" };
		case "ArrowLeft": {
			if (current.kind === "group" && current.expanded) return { kind: "collapse", id: current.id };
			const parent = current.parentId === null ? -1 : rows.findIndex((row) => row.id === current.parentId);
			return parent === -1 ? { kind: "none" } : { kind: "focus", index: parent };
		}
		case "Enter":
		case " ":
			if (current.kind === "note") return key === "Enter" ? { kind: "open", path: current.path, newTab: modifier } : { kind: "none" };
			return current.expanded ? { kind: "collapse", id: current.id } : { kind: "expand", id: current.id };
		default:
			return { kind: "none" };
	}
}
