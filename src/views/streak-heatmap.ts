import type { Component } from "obsidian";
import type { Translator } from "../i18n/translator";
import type { DayKey } from "../library/note-dates";
import type { LearningStreak } from "../library/streak";

/**
 * The last 12 weeks as a grid of days (a column per week) with the current and longest streak.
 * Cells are created once and only their level and label change afterwards.
 */
export class StreakHeatmap {
	private readonly gridEl: HTMLElement;
	private readonly currentEl: HTMLElement;
	private readonly longestEl: HTMLElement;
	private readonly cells: { el: HTMLElement; key: string }[] = [];

	constructor(
		parent: HTMLElement,
		owner: Component,
		private readonly t: Translator,
		private readonly openDay: (day: DayKey) => void,
	) {
		const root = parent.createDiv({ cls: "learning-log-streak" });
		this.gridEl = root.createDiv({ cls: "learning-log-heatmap", attr: { role: "group", "aria-label": t("library.streak.label") } });
		const figures = root.createDiv({ cls: "learning-log-streak-figures" });
		this.currentEl = figures.createSpan({ cls: "learning-log-streak-current" });
		this.longestEl = figures.createSpan({ cls: "learning-log-streak-longest" });
		owner.registerDomEvent(this.gridEl, "click", (event) => {
			const day = (event.target as HTMLElement).closest<HTMLElement>("[data-day]")?.dataset.day;
			if (day) this.openDay(day);
		});
	}

	update(streak: LearningStreak): void {
		const days = streak.weeks.flat();
		days.forEach((cell, i) => {
			let entry = this.cells[i];
			if (!entry) {
				entry = { el: this.gridEl.createDiv({ cls: "learning-log-day" }), key: "" };
				this.cells.push(entry);
			}
			const key = `${cell.day}:${cell.count}:${cell.level}:${cell.future}`;
			if (entry.key === key) return;
			entry.key = key;
			entry.el.className = `learning-log-day is-level-${cell.level}`;
			entry.el.toggleClass("is-future", cell.future);
			const label = this.t("library.streak.cell", { date: cell.day, count: cell.count });
			entry.el.setAttrs({ "data-day": cell.future ? null : cell.day, "aria-label": label, title: label });
		});
		setTextIfChanged(this.currentEl, this.t("library.streak.current", { days: streak.current }));
		setTextIfChanged(this.longestEl, this.t("library.streak.longest", { days: streak.longest }));
	}
}

/** Leaves the DOM alone when the text is the same, so an update redraws only what changed. */
export function setTextIfChanged(el: HTMLElement, text: string): void {
	if (el.textContent !== text) el.setText(text);
}
