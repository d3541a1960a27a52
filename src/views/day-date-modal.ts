import { Modal, Setting, type App, type TextComponent } from "obsidian";
import { isIsoDate, type IsoDate } from "../daily/local-date";
import type { Translator } from "../i18n/translator";

/** Asks for the date of the bootcamp day to create or open. */
export class DayDateModal extends Modal {
	private input: TextComponent | null = null;
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly t: Translator,
		private readonly initialDate: IsoDate,
		private readonly onSubmit: (date: IsoDate) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.t("daily.dateModal.title"));
		this.contentEl.empty();
		new Setting(this.contentEl)
			.setName(this.t("daily.dateModal.dateName"))
			.setDesc(this.t("daily.dateModal.dateDesc"))
			.addText((text) => {
				this.input = text;
				text.inputEl.type = "date";
				text.setValue(this.initialDate);
				text.inputEl.addEventListener("keydown", (event: KeyboardEvent) => {
					if (event.key === "Enter") {
						event.preventDefault();
						this.submit();
					}
				});
			});
		this.errorEl = this.contentEl.createDiv({ cls: "learning-log-error" });
		new Setting(this.contentEl).addButton((button) =>
			button
				.setButtonText(this.t("daily.dateModal.submit"))
				.setCta()
				.onClick(() => this.submit()),
		);
	}

	/** Validates the date; a bad one keeps the modal open with a message. */
	submit(): void {
		const value = this.input?.getValue().trim() ?? "";
		if (!isIsoDate(value)) {
			this.errorEl?.setText(this.t("daily.dateModal.invalid"));
			return;
		}
		this.close();
		this.onSubmit(value);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
