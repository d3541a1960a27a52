import type { Translator } from "../i18n/translator";
import type { TreeRow } from "../library/flatten-tree";
import { labelText } from "../library/group-label";
import type { NoteFacts } from "../library/note-facts";
import type { PublishState } from "../library/publish-state";

/** What rendering a row needs from the view. */
export interface RowContext {
	t: Translator;
	factsOf(path: string): NoteFacts | undefined;
	publishStateOf(path: string, mtime: number): PublishState;
	/** Obsidian's setIcon, passed in so this rendering runs outside the app too (bench, screenshots). */
	setIcon(el: HTMLElement, icon: string): void;
}

/** Everything a row shows, as one string: the row is redrawn only when this changes. */
export function rowSignature(row: TreeRow, context: RowContext): string {
	const place = `${row.position}/${row.siblings}`;
	if (row.kind === "group") return `g\u0001${place}\u0001${labelText(row.label, context.t)}\u0001${row.count}\u0001${row.expanded}`;
	const facts = context.factsOf(row.path);
	if (!facts) return `n\u0001${place}\u0001${row.path}`;
	return `n\u0001${place}\u0001${facts.title}\u0001${facts.day}\u0001${context.publishStateOf(row.path, facts.mtime)}`;
}

function renderGroup(el: HTMLElement, row: Extract<TreeRow, { kind: "group" }>, context: RowContext): void {
	const label = labelText(row.label, context.t);
	el.addClass("learning-log-group");
	el.toggleClass("is-collapsed", !row.expanded);
	el.setAttrs({ "aria-expanded": String(row.expanded), "aria-label": `${label}, ${context.t("library.group.count", { count: row.count })}` });
	const chevron = el.createSpan({ cls: "learning-log-chevron" });
	context.setIcon(chevron, "chevron-down");
	el.createSpan({ cls: "learning-log-label", text: label });
	el.createSpan({ cls: "learning-log-count", text: String(row.count) });
}

function renderNote(el: HTMLElement, row: Extract<TreeRow, { kind: "note" }>, context: RowContext): void {
	const facts = context.factsOf(row.path);
	el.addClass("learning-log-note");
	el.setAttrs({ draggable: "true", "data-path": row.path });
	el.createSpan({ cls: "learning-log-title", text: facts?.title ?? row.path });
	el.createSpan({ cls: "learning-log-date", text: facts?.day ?? "" });
	const state = facts ? context.publishStateOf(row.path, facts.mtime) : "unknown";
	if (state !== "unknown") {
		const text = context.t(`library.publish.${state}`);
		el.createSpan({ cls: ["learning-log-publish", `is-${state}`], attr: { "aria-label": text, title: text } });
	}
}

/** Fills an empty row element; position-dependent attributes are set by placeRow. */
export function renderRow(el: HTMLElement, row: TreeRow, context: RowContext): void {
	el.className = "learning-log-row";
	el.setAttrs({ role: "treeitem", "aria-level": String(row.depth + 1), "aria-posinset": String(row.position), "aria-setsize": String(row.siblings) });
	el.setCssProps({ "--learning-log-depth": String(row.depth) });
	if (row.kind === "group") renderGroup(el, row, context);
	else renderNote(el, row, context);
}
