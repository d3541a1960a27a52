import { Modal, Setting, type App } from "obsidian";
import type { Translator } from "../i18n/translator";
import { addConfirmButtons } from "./confirm-buttons";

export interface MarkDecision {
	confirmed: boolean;
	/** The user ticked "Don't ask again". */
	dontAskAgain: boolean;
}

/** Asks once before the publish button marks a note `publish: true`; closing it means no. */
export class MarkConfirmModal extends Modal {
	private decision: MarkDecision = { confirmed: false, dontAskAgain: false };

	constructor(
		app: App,
		private readonly t: Translator,
		private readonly title: string,
		private readonly decide: (decision: MarkDecision) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { t, contentEl } = this;
		this.setTitle(t("button.confirm.title"));
		contentEl.empty();
		contentEl.addClass("learning-log-mark-confirm");
		contentEl.createEl("p", { text: t("button.confirm.body", { title: this.title }) });
		new Setting(contentEl).setName(t("button.confirm.dontAsk")).addToggle((toggle) => toggle.setValue(false).onChange((value) => (this.decision.dontAskAgain = value)));
		addConfirmButtons(this, contentEl, { cancel: t("button.confirm.cancel"), confirm: t("button.confirm.ok") }, () => (this.decision.confirmed = true));
	}

	override onClose(): void {
		this.contentEl.empty();
		this.decide(this.decision);
	}
}

/** The modal as a promise. */
export function confirmMarking(app: App, t: Translator, title: string): Promise<MarkDecision> {
	return new Promise((resolve) => new MarkConfirmModal(app, t, title, resolve).open());
}
