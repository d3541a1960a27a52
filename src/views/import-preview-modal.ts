import { Modal, type App } from "obsidian";
import type { Translator } from "../i18n/translator";
import type { ImportOutcome } from "../import/run-import";
import { addConfirmButtons } from "./confirm-buttons";

/** What an import would do, counted, before anything is written; "Import" goes on for real. */
export class ImportPreviewModal extends Modal {
	constructor(
		app: App,
		private readonly t: Translator,
		private readonly preview: { outcome: ImportOutcome; source: string; folder: string },
		private readonly importNow: () => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { t, contentEl } = this;
		const { outcome, source, folder } = this.preview;
		const { counts } = outcome;
		this.setTitle(t("import.preview.title"));
		contentEl.empty();
		contentEl.addClass("learning-log-import-preview");
		contentEl.createEl("p", { text: t("import.preview.source", { source, folder }) });
		const list = contentEl.createEl("ul");
		const lines: Array<[number, string]> = [
			[counts.create, t("import.count.create", { count: counts.create })],
			[counts.link, t("import.count.link", { count: counts.link })],
			[counts.already, t("import.count.already", { count: counts.already })],
			[counts.conflict, t("import.count.conflict", { count: counts.conflict })],
			[counts.attachments, t("import.count.attachments", { count: counts.attachments })],
			[counts.callouts, t("import.count.callouts", { count: counts.callouts })],
			[counts.kept, t("import.count.kept", { count: counts.kept })],
			[counts.skipped, t("import.count.skipped", { count: counts.skipped })],
		];
		// The number of new notes always shows; the other lines only when they say something.
		lines.forEach(([count, text], index) => {
			if (count > 0 || index === 0) list.createEl("li", { text });
		});
		const nothing = counts.create === 0 && counts.link === 0;
		if (nothing) {
			contentEl.createEl("p", { text: t("import.preview.nothing") });
			return;
		}
		addConfirmButtons(this, contentEl, { cancel: t("import.preview.cancel"), confirm: t("import.preview.confirm") }, () => this.importNow());
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
