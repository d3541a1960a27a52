import type { TreeRow } from "../library/flatten-tree";
import type { LearningLogView } from "./learning-log-view";
import { openNote } from "./note-actions";
import { buildRowMenu } from "./row-menu";
import { treeKeyAction } from "./tree-keyboard";
import type { VirtualList } from "./virtual-list";

export interface InteractionCallbacks {
	toggle(id: string, expand: boolean): void;
	publishedUrl(path: string): string | null;
}

let viewCount = 0;

/**
 * Mouse and keyboard on the tree, with one listener per event type on the scroll container
 * (rows come and go as the list scrolls). The container is the focusable `tree`; the focused row
 * is its aria-activedescendant.
 */
export class TreeInteractions {
	private focusedId: string | null = null;
	private hoveredId: string | null = null;
	private readonly domPrefix = `learning-log-row-${++viewCount}`;

	constructor(
		private readonly view: LearningLogView,
		private readonly list: VirtualList<TreeRow>,
		private readonly callbacks: InteractionCallbacks,
	) {
		const el = list.scrollEl;
		el.setAttrs({ role: "tree", tabindex: "0", "aria-label": view.deps.t("library.tree.label") });
		view.registerDomEvent(el, "scroll", () => list.renderWindow());
		view.registerDomEvent(el, "click", (event) => this.onClick(event));
		view.registerDomEvent(el, "contextmenu", (event) => this.onContextMenu(event));
		view.registerDomEvent(el, "mouseover", (event) => this.onHover(event));
		view.registerDomEvent(el, "mouseleave", () => (this.hoveredId = null));
		view.registerDomEvent(el, "dragstart", (event) => this.onDragStart(event));
		view.registerDomEvent(el, "keydown", (event) => this.onKeyDown(event));
	}

	get focusedIndex(): number {
		return this.focusedId === null ? -1 : this.list.indexOf(this.focusedId);
	}

	/** Called for each freshly drawn row. */
	decorate(el: HTMLElement, row: TreeRow): void {
		el.toggleClass("is-focused", row.id === this.focusedId);
		el.setAttr("aria-selected", row.id === this.focusedId ? "true" : "false");
	}

	/** Called when a row lands on a new position. */
	place(el: HTMLElement, row: TreeRow, index: number): void {
		el.id = `${this.domPrefix}-${index}`;
		el.dataset.index = String(index);
		if (row.id === this.focusedId) this.list.scrollEl.setAttr("aria-activedescendant", el.id);
	}

	/** Keeps the focus on the same row, or at the same place when that row went away. */
	afterRowsChanged(): void {
		if (this.focusedId === null) return;
		if (this.list.indexOf(this.focusedId) === -1) {
			this.focusedId = null;
			this.list.scrollEl.removeAttribute("aria-activedescendant");
		}
	}

	setFocus(index: number): void {
		const row = this.list.rowAt(index);
		if (!row) return;
		const previous = this.focusedId === null ? null : this.list.elementOf(this.focusedId);
		previous?.removeClass("is-focused");
		previous?.setAttr("aria-selected", "false");
		this.focusedId = row.id;
		this.list.reveal(index);
		const el = this.list.elementOf(row.id);
		el?.addClass("is-focused");
		el?.setAttr("aria-selected", "true");
		if (el) this.list.scrollEl.setAttr("aria-activedescendant", el.id);
	}

	private rowOf(event: Event): { row: TreeRow; index: number; el: HTMLElement } | null {
		const el = (event.target as HTMLElement | null)?.closest<HTMLElement>(".learning-log-row");
		const index = Number(el?.dataset.index ?? -1);
		const row = this.list.rowAt(index);
		return el && row ? { row, index, el } : null;
	}

	private onClick(event: MouseEvent): void {
		const hit = this.rowOf(event);
		if (!hit) return;
		this.setFocus(hit.index);
		if (hit.row.kind === "group") this.callbacks.toggle(hit.row.id, !hit.row.expanded);
		else void openNote(this.view.app, hit.row.path, event.ctrlKey || event.metaKey);
	}

	private onContextMenu(event: MouseEvent): void {
		const hit = this.rowOf(event);
		if (!hit || hit.row.kind !== "note") return;
		event.preventDefault();
		this.setFocus(hit.index);
		const { deps } = this.view;
		buildRowMenu(hit.row.path, { app: this.view.app, t: deps.t, publishedUrl: this.callbacks.publishedUrl(hit.row.path), publishing: deps.publishing }).showAtMouseEvent(event);
	}

	/** Obsidian's page preview shows the note (with Mod held, by default, as in the file explorer). */
	private onHover(event: MouseEvent): void {
		const hit = this.rowOf(event);
		if (!hit || hit.row.kind !== "note" || hit.row.id === this.hoveredId) return;
		this.hoveredId = hit.row.id;
		this.view.app.workspace.trigger("hover-link", {
			event,
			source: this.view.getViewType(),
			hoverParent: this.view,
			targetEl: hit.el,
			linktext: hit.row.path,
		});
	}

	/** Dropping a row into a note inserts a link to it, written the way the user's link settings say. */
	private onDragStart(event: DragEvent): void {
		const hit = this.rowOf(event);
		const file = hit?.row.kind === "note" ? this.view.app.vault.getFileByPath(hit.row.path) : null;
		if (!file || !event.dataTransfer) return;
		const sourcePath = this.view.app.workspace.getActiveFile()?.path ?? "";
		event.dataTransfer.setData("text/plain", this.view.app.fileManager.generateMarkdownLink(file, sourcePath));
		event.dataTransfer.effectAllowed = "copyLink";
	}

	private onKeyDown(event: KeyboardEvent): void {
		const rows = this.view.visibleRows;
		const action = treeKeyAction(rows, this.focusedIndex, event.key, event.ctrlKey || event.metaKey);
		if (action.kind === "none") return;
		event.preventDefault();
		if (action.kind === "focus") this.setFocus(action.index);
		else if (action.kind === "expand") this.callbacks.toggle(action.id, true);
		else if (action.kind === "collapse") this.callbacks.toggle(action.id, false);
		else void openNote(this.view.app, action.path, action.newTab);
	}
}
