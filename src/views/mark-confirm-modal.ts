import { Modal, Setting, type App } from "obsidian";
import type { Translator } from "../i18n/translator";

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
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("button.confirm.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("button.confirm.ok"))
					.setCta()
					.onClick(() => {
						this.decision.confirmed = true;
						this.close();
					}),
			);
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
