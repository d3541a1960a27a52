import { PUBLISH_STATE_CHANGED } from "../core/workspace-events";
import { Notice } from "obsidian";
import type LearningLogPlugin from "../main";
import { VaultNoteStore } from "./vault-note-store";
import { PublishProgressNotice } from "../views/publish-progress";
import { PublishReportModal } from "../views/publish-report-modal";
import { chooseTarget } from "./choose-target";
import { convertVault } from "../publish/convert/convert-vault";
import type { PublishScope } from "../publish/plan/build-plan";
import { readManifest } from "../publish/plan/manifest";
import { PublishSetupError } from "../publish/publish-errors";
import { SitePathError } from "../publish/targets/site-path";
import { GitHubError } from "../publish/targets/github/github-errors";
import { runPublish, type PipelinePhase } from "../publish/publish-pipeline";
import { warningCount, type PublishReport } from "../publish/publish-report";
import type { PagesGet } from "../publish/pages/pages-api";
import { describeFailure, siteChangedDespiteFailure, summarizeReport } from "../publish/report-messages";

export interface RunOptions {
	scope: PublishScope;
	dryRun: boolean;
	/** Overwrite posts edited outside since we wrote them (the preview's explicit button). */
	force?: boolean;
}

export interface RunHooks {
	onProgress?: (phase: PipelinePhase, done: number, total: number) => void;
	/** Whether the report has something new to read; without it, any warning or failure opens it. */
	reportHasNews?: (report: PublishReport) => boolean;
	/** How the preview's "Publish now" starts the real publish (through the one-at-a-time guard). */
	start?: (options: RunOptions) => void;
}

export interface RunResult {
	/** Null when the publish stopped before anything was read or written. */
	report: PublishReport | null;
	/** GitHub only: reads the repository's Pages and Actions, to follow the build of the commit. */
	pagesGet?: PagesGet;
}

/**
 * The plugin's side of a publish: pick the target, run the shared pipeline over the vault with a
 * progress notice, save the manifest only after the target applied everything, then say what was
 * done; the report (or the preview) opens when there is something new to read in it.
 */
export async function publishFromPlugin(plugin: LearningLogPlugin, options: RunOptions, hooks: RunHooks = {}): Promise<RunResult> {
	const { t } = plugin;
	const progress = new PublishProgressNotice(t);
	const start = hooks.start ?? ((next: RunOptions) => void publishFromPlugin(plugin, next, hooks));
	try {
		const chosen = chooseTarget(plugin);
		const { manifest, problem } = readManifest(plugin.publishManifest);
		if (problem === "invalid") new Notice(t("publish.manifestInvalid"));
		const templatePath = plugin.settings.daily.templatePath;
		const outcome = await runPublish({
			store: new VaultNoteStore(plugin.app),
			target: chosen.target,
			siteKey: await chosen.siteKey(),
			settings: plugin.settings.publish,
			topics: plugin.settings.team,
			manifest,
			scope: options.scope,
			excluded: templatePath ? [templatePath] : [],
			dryRun: options.dryRun,
			force: options.force ?? false,
			message: chosen.message,
			saveManifest: async (saved) => {
				plugin.publishManifest = saved;
				await plugin.saveSettings();
			},
			convert: convertVault,
			onProgress: (phase, done, total) => {
				progress.update(phase, done, total);
				hooks.onProgress?.(phase, done, total);
			},
		});
		const { report } = outcome;
		if (options.dryRun) {
			progress.finish([t("publish.report.previewTitle")]);
			new PublishReportModal(plugin.app, t, report, ({ force }) => start({ ...options, dryRun: false, force })).open();
			return { report };
		}
		// Open learning log views redraw their publish states.
		plugin.app.workspace.trigger(PUBLISH_STATE_CHANGED);
		if (report.notes.length === 0 && report.errors.length === 0 && report.deleted.length === 0) {
			progress.finish([t("publish.nothingSelected")]);
			return { report };
		}
		progress.finish(summarizeReport(t, report), report.commitUrl ? { text: t("github.openCommit"), href: report.commitUrl } : undefined);
		const hasNews = hooks.reportHasNews ?? ((next: PublishReport) => warningCount(next) > 0 || next.errors.length > 0);
		if (hasNews(report)) new PublishReportModal(plugin.app, t, report).open();
		return { report, pagesGet: chosen.pagesGet };
	} catch (error) {
		if (siteChangedDespiteFailure(error)) {
			progress.fail(describeFailure(t, error)); // the site was written: say so, not "nothing was changed"
			return { report: null };
		}
		if (error instanceof PublishSetupError) {
			progress.fail(describeFailure(t, error)); // a missing setting, not a failure: say what to do
			return { report: null };
		}
		// A refused path, a missing folder or GitHub's answer is the user's to fix; anything else is worth a trace.
		if (!(error instanceof SitePathError) && !(error instanceof GitHubError)) console.error("Learning Log: publish failed", error);
		progress.fail(t("publish.failed", { message: describeFailure(t, error) }));
		return { report: null };
	}
}
