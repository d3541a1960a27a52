import { Notice, setIcon, type Plugin } from "obsidian";
import type { Translator } from "../i18n/translator";
import type { PublishController } from "../obsidian/publish-controller";
import { statusView, type StatusClick, type StatusLabel } from "../publish/publish-status";

export function statusLabelText(t: Translator, label: StatusLabel): string {
	switch (label.key) {
		case "changed":
			return t("status.changed", { count: label.count });
		case "publishing":
			return t("status.publishing", { done: label.done, total: label.total });
		default:
			return t(`status.${label.key}`);
	}
}

function tooltipOf(t: Translator, click: StatusClick): string {
	if (click.kind === "open-url") return t("status.tooltip.open");
	if (click.kind === "open-report") return t("status.tooltip.report");
	return t("status.tooltip.publish");
}

/**
 * The status-bar item (desktop only: Obsidian's mobile app has no status bar): an icon and a few
 * words for the publish status, redrawn when it changes; a click does what the status suggests.
 */
export function addPublishStatusBar(plugin: Plugin, controller: PublishController, t: Translator): HTMLElement {
	const item = plugin.addStatusBarItem();
	item.addClass("learning-log-status", "mod-clickable");
	const iconEl = item.createSpan({ cls: "learning-log-status-icon" });
	const textEl = item.createSpan({ cls: "learning-log-status-text" });
	let click: StatusClick = { kind: "publish" };
	let drawn = "";
	plugin.register(
		controller.subscribe((status) => {
			const view = statusView(status);
			click = view.click;
			const text = statusLabelText(t, view.label);
			const key = `${text}|${view.icon}|${view.alert}|${click.kind}`;
			if (key === drawn) return;
			drawn = key;
			setIcon(iconEl, view.icon);
			textEl.setText(text);
			item.toggleClass("is-alert", view.alert);
			item.setAttr("aria-label", `${text} — ${tooltipOf(t, click)}`);
		}),
	);
	plugin.registerDomEvent(item, "click", () => {
		switch (click.kind) {
			case "publish":
				return void controller.publishFromButton();
			case "already-publishing":
				return void controller.refuseWhileRunning();
			case "open-report":
				return controller.openLastReport();
			case "open-url":
				return void window.open(click.url);
			case "still-building":
				return void new Notice(t("status.stillBuilding"));
		}
	});
	return item;
}
