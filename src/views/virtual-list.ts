/** One rendered row: its element, what it shows (signature) and where (index). */
interface RenderedRow {
	el: HTMLElement;
	signature: string;
	index: number;
}

export interface VirtualListOptions<Row extends { id: string }> {
	/** Fixed height of every row, in px (matches the CSS). */
	rowHeight: number;
	/** Rows rendered beyond the viewport on each side, so fast scrolling shows no gaps. */
	overscan?: number;
	/**
	 * Height of the visible area. Defaults to the scroll container's clientHeight; tests inject a
	 * number because jsdom has no layout.
	 */
	viewportHeight?: () => number;
	/** What a row shows: when it is unchanged, the row's element is left alone. */
	signature(row: Row, index: number): string;
	/** Fills an (empty) element for a row. */
	render(el: HTMLElement, row: Row, index: number): void;
	/** Updates what depends on the position only (ids, aria). */
	place?(el: HTMLElement, row: Row, index: number): void;
}

const FALLBACK_VIEWPORT = 600;

/**
 * Renders only the rows on screen: a scroll container with a spacer as tall as all rows, and
 * absolutely placed row elements for the visible slice. The DOM size stays the same whatever the
 * number of rows, and an update touches only rows whose signature or position changed.
 */
export class VirtualList<Row extends { id: string }> {
	readonly scrollEl: HTMLElement;
	private readonly spacerEl: HTMLElement;
	private rows: Row[] = [];
	private readonly rendered = new Map<string, RenderedRow>();
	private readonly overscan: number;

	constructor(
		parent: HTMLElement,
		private readonly options: VirtualListOptions<Row>,
	) {
		this.overscan = options.overscan ?? 4;
		this.scrollEl = parent.createDiv({ cls: "learning-log-scroll" });
		this.spacerEl = this.scrollEl.createDiv({ cls: "learning-log-spacer" });
		this.scrollEl.setCssProps({ "--learning-log-row-height": `${options.rowHeight}px` });
	}

	get rowCount(): number {
		return this.rows.length;
	}

	rowAt(index: number): Row | undefined {
		return this.rows[index];
	}

	indexOf(id: string): number {
		return this.rendered.get(id)?.index ?? this.rows.findIndex((row) => row.id === id);
	}

	/** The element of a row, when it is rendered. */
	elementOf(id: string): HTMLElement | null {
		return this.rendered.get(id)?.el ?? null;
	}

	private viewportHeight(): number {
		const injected = this.options.viewportHeight?.();
		if (injected !== undefined) return injected;
		return this.scrollEl.clientHeight || FALLBACK_VIEWPORT;
	}

	setRows(rows: Row[]): void {
		if (rows.length !== this.rows.length) this.spacerEl.setCssProps({ "--learning-log-row-count": String(rows.length) });
		this.rows = rows;
		this.renderWindow();
	}

	/** Scrolls so that a row is fully visible. */
	reveal(index: number): void {
		const { rowHeight } = this.options;
		const top = index * rowHeight;
		const height = this.viewportHeight();
		if (top < this.scrollEl.scrollTop) this.scrollEl.scrollTop = top;
		else if (top + rowHeight > this.scrollEl.scrollTop + height) this.scrollEl.scrollTop = top + rowHeight - height;
		this.renderWindow();
	}

	/** Renders the rows in and near the viewport; call on scroll and after every change. */
	renderWindow(): void {
		const { rowHeight } = this.options;
		const height = this.viewportHeight();
		const first = Math.max(0, Math.floor(this.scrollEl.scrollTop / rowHeight) - this.overscan);
		const last = Math.min(this.rows.length, Math.ceil((this.scrollEl.scrollTop + height) / rowHeight) + this.overscan);
		const wanted = new Set<string>();
		for (let index = first; index < last; index++) wanted.add(this.rows[index].id);
		for (const [id, row] of this.rendered) {
			if (!wanted.has(id)) {
				row.el.remove();
				this.rendered.delete(id);
			}
		}
		for (let index = first; index < last; index++) this.renderRow(this.rows[index], index);
	}

	private renderRow(row: Row, index: number): void {
		const signature = this.options.signature(row, index);
		let current = this.rendered.get(row.id);
		if (!current) {
			current = { el: this.spacerEl.createDiv({ cls: "learning-log-row" }), signature: "", index: -1 };
			this.rendered.set(row.id, current);
		}
		if (current.signature !== signature) {
			current.el.empty();
			this.options.render(current.el, row, index);
			current.signature = signature;
		}
		if (current.index !== index) {
			current.el.setCssProps({ "--learning-log-row-index": String(index) });
			current.index = index;
			this.options.place?.(current.el, row, index);
		}
	}

	/** Forces every visible row to redraw (language or publish states changed). */
	invalidate(): void {
		for (const row of this.rendered.values()) row.signature = "";
		this.renderWindow();
	}
}
