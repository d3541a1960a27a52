import { Notice } from "obsidian";
import type { MessageKey, Translator } from "../i18n/translator";
import type { PipelinePhase } from "../publish/publish-pipeline";

const PHASE_KEYS: Record<PipelinePhase, MessageKey> = {
	read: "publish.progress.read",
	convert: "publish.progress.convert",
	upload: "publish.progress.upload",
	write: "publish.progress.write",
	delete: "publish.progress.delete",
	commit: "publish.progress.commit",
};

/** How long the closing notice stays, long enough to read the counts. */
const SUMMARY_MS = 10000;

/**
 * One notice that follows a publish: it is updated in place while the work goes on (at most once
 * per percent, so thousands of notes do not flood the DOM), then replaced by what was done.
 */
export class PublishProgressNotice {
	private readonly notice: Notice;
	private lastText = "";
	private lastPhase: PipelinePhase | null = null;
	private lastPercent = -1;

	constructor(private readonly t: Translator) {
		// No phase has started yet (reading comes first): say only that the publish began.
		this.notice = new Notice(t("status.publishingStarted"), 0);
	}

	update(phase: PipelinePhase, done: number, total: number): void {
		const percent = total > 0 ? Math.floor((done * 100) / total) : 0;
		if (phase === this.lastPhase && percent === this.lastPercent && done !== total) return;
		this.lastPhase = phase;
		this.lastPercent = percent;
		const text = this.t(PHASE_KEYS[phase], { done, total });
		if (text === this.lastText) return;
		this.lastText = text;
		this.notice.setMessage(text);
	}

	/** The closing notice; `link` (the commit on GitHub) is added after the counts. */
	finish(lines: string[], link?: { text: string; href: string }): void {
		this.notice.hide();
		if (!link) {
			new Notice(lines.join("\n"), SUMMARY_MS);
			return;
		}
		const message = createFragment((fragment) => {
			fragment.appendText(`${lines.join("\n")} `);
			fragment.createEl("a", { text: link.text, href: link.href });
		});
		new Notice(message, SUMMARY_MS);
	}

	fail(message: string): void {
		this.notice.hide();
		new Notice(message, 0);
	}
}
