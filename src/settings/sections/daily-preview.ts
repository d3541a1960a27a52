import { AbstractInputSuggest, getLanguage, type App } from "obsidian";
import { latestAnswer } from "../../core/latest-answer";
import { planDayNote } from "../../daily/create-day-note";
import { resolveTemplatePath, templateSuggestions } from "../../daily/template-path";
import { pickLanguage, type Translator } from "../../i18n/translator";
import type LearningLogPlugin from "../../main";
import { countingName } from "../../daily/daily-warnings";
import { VaultNoteStore } from "../../obsidian/vault-note-store";

/**
 * What the day-note options give today, shown under them and recomputed as they are typed: the
 * exact path of today's note (and which characters its name could not hold) and, without a start
 * date, the numbering read from the existing notes. Answers that arrive late are dropped.
 */
export class DailyPreview {
	private readonly ask = latestAnswer();
	constructor(
		private plugin: LearningLogPlugin,
		private fileNameEl: HTMLElement,
		private startDateEl: HTMLElement,
	) {}

	async refresh(): Promise<void> {
		const isLatest = this.ask();
		const { t } = this.plugin;
		const settings = this.plugin.settings.daily;
		const plan = await planDayNote(new VaultNoteStore(this.plugin.app), { settings, now: new Date(), language: pickLanguage(getLanguage()) });
		if (!isLatest()) return;
		const { path, changes } = plan.expected;
		this.fileNameEl.empty();
		this.fileNameEl.createDiv({ text: t("daily.settings.fileNamePreview", { path }) });
		if (changes.replaced.length > 0) this.fileNameEl.createDiv({ text: t("daily.settings.fileNameReplaced", { chars: changes.replaced.join(" ") }) });
		if (changes.dropped.length > 0) this.fileNameEl.createDiv({ text: t("daily.settings.fileNameDropped", { chars: changes.dropped.join(" ") }) });
		const inference = plan.inference;
		this.startDateEl.setText(
			settings.courseStartDate === "" && inference?.kind === "inferred"
				? t("daily.settings.numberingInferredDesc", {
						start: inference.courseStartDate,
						counting: countingName(t, inference.dayCounting),
					})
				: "",
		);
	}
}

/** "No note at …" under the template path while nothing answers to it (with or without `.md`). */
export class TemplatePathCheck {
	private readonly ask = latestAnswer();
	constructor(
		private app: App,
		private t: Translator,
		private messageEl: HTMLElement,
	) {}

	async run(path: string): Promise<void> {
		const isLatest = this.ask();
		const found = path.trim() === "" || (await resolveTemplatePath(path, async (candidate) => this.app.vault.getFileByPath(candidate) !== null)) !== null;
		if (isLatest()) this.messageEl.setText(found ? "" : this.t("daily.settings.templateNotFound", { path: path.trim() }));
	}
}

/** The vault's notes under the template path as it is typed; choosing one fills it in. */
export class TemplateSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		private inputEl: HTMLInputElement,
	) {
		super(app, inputEl);
	}

	protected getSuggestions(query: string): string[] {
		return templateSuggestions(
			this.app.vault.getMarkdownFiles().map((file) => file.path),
			query,
		);
	}

	renderSuggestion(path: string, el: HTMLElement): void {
		el.setText(path);
	}

	override selectSuggestion(path: string, evt: MouseEvent | KeyboardEvent): void {
		this.setValue(path);
		// The text setting saves and checks on `input`, as when the user types.
		this.inputEl.dispatchEvent(new Event("input"));
		super.selectSuggestion(path, evt);
		this.close();
	}
}
