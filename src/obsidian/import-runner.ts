import { Notice, normalizePath } from "obsidian";
import { PUBLISH_STATE_CHANGED } from "../core/workspace-events";
import { gitHubBlogSource, type BlogSource } from "../import/blog-source";
import { runImport } from "../import/run-import";
import type LearningLogPlugin from "../main";
import { readManifest } from "../publish/plan/manifest";
import { PublishSetupError } from "../publish/publish-errors";
import { describeFailure } from "../publish/report-messages";
import { folderSiteKey } from "../publish/site-key";
import { GitHubError } from "../publish/targets/github/github-errors";
import { SitePathError } from "../publish/targets/site-path";
import { ImportPreviewModal } from "../views/import-preview-modal";
import { loadDesktopBlogSource } from "./blog-source-desktop";
import { isAbsolutePath } from "./choose-target";
import { createPluginGitHubTarget, isGitHubConfigured } from "./github-plugin-target";
import { VaultNoteStore } from "./vault-note-store";

export const IMPORT_FOLDER = "blog";

interface ChosenSource {
	source: BlogSource;
	siteKey: string;
	/** How the preview names the blog. */
	label: string;
}

/** The blog the publish commands write to: the GitHub repository once set, else the site folder. */
async function chooseSource(plugin: LearningLogPlugin): Promise<ChosenSource> {
	if (isGitHubConfigured(plugin)) {
		const bundle = createPluginGitHubTarget(plugin);
		return { source: gitHubBlogSource(bundle.api, bundle.branch), siteKey: bundle.siteKey, label: `${plugin.settings.github.repository}@${bundle.branch}` };
	}
	const folder = plugin.settings.publish.siteFolder.trim();
	if (folder === "") throw new PublishSetupError("noSiteFolder");
	if (!isAbsolutePath(folder)) throw new PublishSetupError("siteFolderNotAbsolute");
	// The same key "Publish all notes" uses: the folder with its symlinks resolved.
	const { source, root } = await loadDesktopBlogSource(folder);
	return { source, siteKey: folderSiteKey(root), label: folder };
}

/**
 * "Import posts from the blog": a dry run first, shown as counts; only "Import" writes. The
 * notes are created, never overwritten; the publish record names them as their posts' authors.
 */
export async function importFromPlugin(plugin: LearningLogPlugin, confirmed = false, folder = IMPORT_FOLDER): Promise<void> {
	const { t } = plugin;
	const reading = new Notice(t("import.reading"), 0);
	try {
		const chosen = await chooseSource(plugin);
		const { manifest } = readManifest(plugin.publishManifest);
		const outcome = await runImport({
			source: chosen.source,
			store: new VaultNoteStore(plugin.app),
			folder: normalizePath(folder),
			settings: plugin.settings.publish,
			manifest,
			siteKey: chosen.siteKey,
			dryRun: !confirmed,
		});
		reading.hide();
		if (!confirmed) {
			new ImportPreviewModal(plugin.app, t, { outcome, source: chosen.label, folder }, () => void importFromPlugin(plugin, true, folder)).open();
			return;
		}
		plugin.publishManifest = outcome.manifest;
		await plugin.saveSettings();
		plugin.app.workspace.trigger(PUBLISH_STATE_CHANGED);
		new Notice(t("import.done", { create: outcome.counts.create, link: outcome.counts.link }));
		for (const failure of outcome.failures) new Notice(t("import.noteFailed", failure));
	} catch (error) {
		reading.hide();
		if (error instanceof PublishSetupError) {
			new Notice(describeFailure(t, error));
			return;
		}
		if (!(error instanceof SitePathError) && !(error instanceof GitHubError)) console.error("Learning Log: import failed", error);
		new Notice(t("import.failed", { message: describeFailure(t, error) }));
	}
}
