import { Modal, Setting, type App } from "obsidian";
import type { Translator } from "../i18n/translator";
import type { PublishReport } from "../publish/publish-report";
import { describeKept, describeNoteError, describeWarning, summarizeReport } from "../publish/report-messages";

/**
 * Lists what a publish wrote, deleted and warned about — or, for "Preview publish", what it would:
 * the preview is the same pipeline run with nothing applied, and can go on to publish for real.
 */
export class PublishReportModal extends Modal {
	constructor(
		app: App,
		private readonly t: Translator,
		private readonly report: PublishReport,
		private readonly publishNow?: (options: { force: boolean }) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { t, report, contentEl } = this;
		this.setTitle(t(report.dryRun ? "publish.report.previewTitle" : "publish.report.title"));
		contentEl.empty();
		contentEl.addClass("learning-log-publish-report");
		contentEl.createEl("p", { text: report.dryRun ? t("publish.report.dryRunNote") : summarizeReport(t, report).join(" ") });
		const nothing = report.notes.length === 0 && report.assets.length === 0 && report.deleted.length === 0;
		if (nothing && report.errors.length === 0) contentEl.createEl("p", { text: t("publish.report.empty") });

		this.section(
			t("publish.report.posts", { count: report.notes.length }),
			report.notes.map((note) => `${note.output} — ${t(`publish.report.status.${note.status}`)}`),
		);
		this.section(t("publish.report.assets", { count: report.assets.length }), report.assets.map((asset) => asset.output));
		const deletedKey = report.dryRun ? "publish.report.deleted" : "publish.report.deletedDone";
		this.section(t(deletedKey, { count: report.deleted.length }), report.deleted);
		this.section(t("publish.report.kept", { count: report.kept.length }), report.kept.map((kept) => describeKept(t, kept)));
		const warnings = report.notes.flatMap((note) => note.warnings.map((warning) => `${note.source}: ${describeWarning(t, warning)}`));
		this.section(t("publish.report.warnings", { count: warnings.length }), warnings);
		this.section(
			t("publish.report.errors", { count: report.errors.length }),
			report.errors.map((error) => `${error.source}: ${describeNoteError(t, error)}`),
		);

		const publishNow = this.publishNow;
		if (report.dryRun && publishNow && !nothing) {
			const setting = new Setting(contentEl).addButton((button) =>
				button
					.setButtonText(t("publish.report.publishButton"))
					.setCta()
					.onClick(() => {
						this.close();
						publishNow({ force: false });
					}),
			);
			// Overwriting a hand edit is the user's explicit choice, never the default.
			if (report.kept.some((kept) => kept.reason === "edited-outside")) {
				setting.addButton((button) =>
					button
						.setButtonText(t("publish.report.forceButton"))
						.onClick(() => {
							this.close();
							publishNow({ force: true });
						}),
				);
			}
		}
	}

	private section(heading: string, lines: string[]): void {
		if (lines.length === 0) return;
		const section = this.contentEl.createDiv({ cls: "learning-log-publish-report-section" });
		section.createEl("h4", { text: heading });
		const list = section.createEl("ul");
		for (const line of lines) list.createEl("li", { text: line });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
