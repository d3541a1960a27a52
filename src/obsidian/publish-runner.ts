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
import { runPublish } from "../publish/publish-pipeline";
import { warningCount } from "../publish/publish-report";
import { describeFailure, siteChangedDespiteFailure, summarizeReport } from "../publish/report-messages";

export interface RunOptions {
	scope: PublishScope;
	dryRun: boolean;
	/** Overwrite posts edited outside since we wrote them (the preview's explicit button). */
	force?: boolean;
}

/**
 * The plugin's side of a publish: pick the target, run the shared pipeline over the vault with a
 * progress notice, save the manifest only after the target applied everything, then say what was
 * done; the report (or the preview) opens when there is something to read in it.
 */
export async function publishFromPlugin(
	plugin: LearningLogPlugin,
	options: RunOptions,
	/** How the preview's "Publish now" starts the real publish (through the one-at-a-time guard). */
	start: (options: RunOptions) => void = (next) => void publishFromPlugin(plugin, next),
): Promise<void> {
	const { t } = plugin;
	const progress = new PublishProgressNotice(t);
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
			onProgress: (phase, done, total) => progress.update(phase, done, total),
		});
		const { report } = outcome;
		if (options.dryRun) {
			progress.finish([t("publish.report.previewTitle")]);
			new PublishReportModal(plugin.app, t, report, ({ force }) => start({ ...options, dryRun: false, force })).open();
			return;
		}
		// Open learning log views redraw their publish states.
		plugin.app.workspace.trigger(PUBLISH_STATE_CHANGED);
		if (report.notes.length === 0 && report.errors.length === 0 && report.deleted.length === 0) {
			progress.finish([t("publish.nothingSelected")]);
			return;
		}
		progress.finish(summarizeReport(t, report), report.commitUrl ? { text: t("github.openCommit"), href: report.commitUrl } : undefined);
		if (warningCount(report) > 0 || report.errors.length > 0) new PublishReportModal(plugin.app, t, report).open();
	} catch (error) {
		if (siteChangedDespiteFailure(error)) {
			progress.fail(describeFailure(t, error)); // the site was written: say so, not "nothing was changed"
			return;
		}
		if (error instanceof PublishSetupError) {
			progress.fail(describeFailure(t, error)); // a missing setting, not a failure: say what to do
			return;
		}
		// A refused path, a missing folder or GitHub's answer is the user's to fix; anything else is worth a trace.
		if (!(error instanceof SitePathError) && !(error instanceof GitHubError)) console.error("Learning Log: publish failed", error);
		progress.fail(t("publish.failed", { message: describeFailure(t, error) }));
	}
}
