import { debounce, setIcon, type Component } from "obsidian";
import type { Translator } from "../i18n/translator";
import { GROUPING_MODES } from "../library/group-keys";
import type { GroupingMode, SortOrder } from "../library/library-settings";
import type { DayKey } from "../library/note-dates";
import { StreakHeatmap } from "./streak-heatmap";

export const SORT_ORDERS: readonly SortOrder[] = ["date-desc", "date-asc", "title"];

export interface HeaderCallbacks {
	onMode: (mode: GroupingMode) => void;
	onSort: (sort: SortOrder) => void;
	onFilter: (query: string) => void;
	onOpenDay: (day: DayKey) => void;
	/** The publish button; no button without it. */
	onPublish?: () => void;
}

/** The view's header: the streak heat map, then grouping, sort and the filter box. */
export class ViewHeader {
	readonly heatmap: StreakHeatmap;
	readonly modeEl: HTMLSelectElement;
	readonly sortEl: HTMLSelectElement;
	readonly filterEl: HTMLInputElement;

	/** `owner` (the view) holds the DOM listeners, so they go away with it. */
	constructor(parent: HTMLElement, owner: Component, t: Translator, initial: { mode: GroupingMode; sort: SortOrder }, callbacks: HeaderCallbacks) {
		const root = parent.createDiv({ cls: "learning-log-header" });
		this.heatmap = new StreakHeatmap(root, owner, t, callbacks.onOpenDay);
		const controls = root.createDiv({ cls: "learning-log-controls" });
		this.modeEl = controls.createEl("select", { cls: ["dropdown", "learning-log-mode"], attr: { "aria-label": t("library.mode.label") } });
		for (const mode of GROUPING_MODES) this.modeEl.createEl("option", { value: mode, text: t(`library.mode.${mode}`) });
		this.modeEl.value = initial.mode;
		this.sortEl = controls.createEl("select", { cls: ["dropdown", "learning-log-sort"], attr: { "aria-label": t("library.sort.label") } });
		for (const sort of SORT_ORDERS) this.sortEl.createEl("option", { value: sort, text: t(`library.sort.${sort}`) });
		this.sortEl.value = initial.sort;
		const onPublish = callbacks.onPublish;
		if (onPublish) {
			const label = t("button.publish");
			const button = controls.createEl("button", { cls: ["clickable-icon", "learning-log-publish-button"], attr: { "aria-label": label } });
			setIcon(button, "send");
			owner.registerDomEvent(button, "click", () => onPublish());
		}
		this.filterEl = root.createEl("input", {
			cls: "learning-log-filter",
			type: "search",
			placeholder: t("library.filter.placeholder"),
			attr: { "aria-label": t("library.filter.label"), spellcheck: "false" },
		});
		owner.registerDomEvent(this.modeEl, "change", () => callbacks.onMode(this.modeEl.value as GroupingMode));
		owner.registerDomEvent(this.sortEl, "change", () => callbacks.onSort(this.sortEl.value as SortOrder));
		// Typing filters after a short pause, so a 10,000-note vault is not filtered once per key.
		const filterSoon = debounce(() => callbacks.onFilter(this.filterEl.value), 150, true);
		owner.registerDomEvent(this.filterEl, "input", () => filterSoon());
		owner.registerDomEvent(this.filterEl, "keydown", (event) => {
			if (event.key === "Enter") callbacks.onFilter(this.filterEl.value);
		});
	}
}
