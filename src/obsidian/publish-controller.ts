import { Component, debounce, Notice, TFile, type Events, type TAbstractFile } from "obsidian";
import { PUBLISH_STATE_CHANGED } from "../core/workspace-events";
import type LearningLogPlugin from "../main";
import { countPendingChanges } from "../library/pending-publish";
import { publishStateSource } from "../library/publish-state";
import { readManifest } from "../publish/plan/manifest";
import type { PublishReport } from "../publish/publish-report";
import { INITIAL_STATUS, nextStatus, type PublishStatus, type StatusEvent } from "../publish/publish-status";
import { reportHasNews, warningKeys } from "../publish/report-novelty";
import { confirmMarking } from "../views/mark-confirm-modal";
import { PublishReportModal } from "../views/publish-report-modal";
import { PublishSetupModal, publishingIsSetUp } from "../views/publish-setup-modal";
import { markdownFile, publishFlagOf, setPublishFlag, titleOf } from "./publish-marks";
import { publishFromPlugin, type RunOptions } from "./publish-runner";
import { SiteBuildWatcher } from "./site-build-watcher";

/**
 * Everything the publish button, the commands, the view and the status bar do goes through here:
 * one publish at a time, the status they all show, marking notes, the first setup, and following
 * the site's build after a commit. A child component of the plugin, so unloading stops the build
 * follower and every listener.
 */
export class PublishController extends Component {
	private running = false;
	private status: PublishStatus = INITIAL_STATUS;
	private readonly listeners = new Set<(status: PublishStatus) => void>();
	private lastReport: PublishReport | null = null;
	private lastWarnings = new Set<string>();
	private readonly watcher: SiteBuildWatcher;
	private readonly recount = debounce(() => this.countChanges(), 500, true);

	constructor(private readonly plugin: LearningLogPlugin) {
		super();
		this.watcher = new SiteBuildWatcher(plugin.t, (event) => this.update(event));
	}

	override onload(): void {
		const { app } = this.plugin;
		// The vault reports every file while it loads: count once that is over, then on each change.
		app.workspace.onLayoutReady(() => {
			this.countChanges();
			const soon = () => this.recount();
			this.registerEvent(app.metadataCache.on("changed", soon));
			this.registerEvent(app.vault.on("delete", soon));
			this.registerEvent(app.vault.on("rename", soon));
			const events: Events = app.workspace;
			this.registerEvent(events.on(PUBLISH_STATE_CHANGED, soon));
		});
	}

	override onunload(): void {
		this.recount.cancel();
		this.watcher.stop();
		this.listeners.clear();
	}

	get current(): PublishStatus {
		return this.status;
	}

	subscribe(listener: (status: PublishStatus) => void): () => void {
		this.listeners.add(listener);
		listener(this.status);
		return () => this.listeners.delete(listener);
	}

	/** The button: the open note, marked if it was not (asking once), with every other change. */
	async publishFromButton(): Promise<void> {
		if (this.refuseWhileRunning() || !this.ensureSetUp(() => void this.publishFromButton())) return;
		const file = this.plugin.app.workspace.getActiveFile();
		const note = file && file.extension === "md" && file.path !== this.plugin.settings.daily.templatePath ? file : null;
		if (note && !(await this.ensureMarked(note))) return;
		await this.run({ scope: { kind: "all" }, dryRun: false }, note?.path ?? null);
	}

	/** "Publish current note" and the view's "Publish": that note alone, marked first. */
	async publishNote(path: string): Promise<void> {
		if (this.refuseWhileRunning() || !this.ensureSetUp(() => void this.publishNote(path))) return;
		const file = markdownFile(this.plugin.app, path);
		if (!file || !(await this.ensureMarked(file))) return;
		await this.run({ scope: { kind: "note", source: path }, dryRun: false }, path);
	}

	async publishAll(dryRun = false): Promise<void> {
		if (this.refuseWhileRunning() || !this.ensureSetUp(() => void this.publishAll(dryRun))) return;
		await this.run({ scope: { kind: "all" }, dryRun }, null);
	}

	async setMarked(path: string, marked: boolean): Promise<void> {
		const file = markdownFile(this.plugin.app, path);
		if (file) await setPublishFlag(this.plugin.app, file, marked, this.plugin.t);
	}

	isMarked(file: TAbstractFile): boolean | null {
		return file instanceof TFile && file.extension === "md" ? publishFlagOf(this.plugin.app, file) : null;
	}

	/** The status bar was clicked: what it does depends on what it shows. */
	openLastReport(): void {
		if (this.lastReport) new PublishReportModal(this.plugin.app, this.plugin.t, this.lastReport).open();
		else void this.publishFromButton();
	}

	refuseWhileRunning(): boolean {
		if (this.running) new Notice(this.plugin.t("button.alreadyPublishing"));
		return this.running;
	}

	private ensureSetUp(then: () => void): boolean {
		if (publishingIsSetUp(this.plugin)) return true;
		new PublishSetupModal(this.plugin, then).open();
		return false;
	}

	private async ensureMarked(file: TFile): Promise<boolean> {
		if (publishFlagOf(this.plugin.app, file) === true) return true;
		const { plugin } = this;
		if (plugin.settings.publish.confirmMarking) {
			const decision = await confirmMarking(plugin.app, plugin.t, titleOf(file));
			if (!decision.confirmed) return false;
			if (decision.dontAskAgain) {
				plugin.settings.publish.confirmMarking = false;
				await plugin.saveSettings();
			}
		}
		return setPublishFlag(plugin.app, file, true, plugin.t, true);
	}

	private async run(options: RunOptions, focusPath: string | null): Promise<void> {
		if (this.refuseWhileRunning()) return;
		this.running = true;
		this.update({ type: "started" });
		let report: PublishReport | null = null;
		let following = false;
		try {
			const result = await publishFromPlugin(this.plugin, options, {
				onProgress: (phase, done, total) => this.update({ type: "progress", phase, done, total }),
				reportHasNews: (next) => reportHasNews(next, this.lastWarnings),
				start: (next) => void this.run(next, focusPath),
			});
			report = result.report;
			if (!report) this.lastReport = null;
			if (report && !report.dryRun) {
				this.lastReport = report;
				this.lastWarnings = warningKeys(report);
			}
			if (report?.commitSha && result.pagesGet) {
				following = true;
				const postUrl = report.notes.find((note) => note.source === focusPath)?.url ?? singleChangedPost(report);
				void this.watcher.follow({ pagesGet: result.pagesGet, commitSha: report.commitSha, commitUrl: report.commitUrl, postUrl });
			}
		} finally {
			this.running = false;
			if (!report) this.update({ type: "failed" });
			else if (report.dryRun) this.update({ type: "published", following: false, failedNotes: false });
			else this.update({ type: "published", following, failedNotes: report.errors.length > 0 });
			this.countChanges();
		}
	}

	private update(event: StatusEvent): void {
		this.status = nextStatus(this.status, event);
		for (const listener of this.listeners) listener(this.status);
	}

	private countChanges(): void {
		const { app, settings, publishManifest } = this.plugin;
		const { manifest } = readManifest(publishManifest);
		const publishedPaths = new Set(Object.values(manifest.sites).flatMap((site) => Object.keys(site.notes)));
		const notes = app.vault.getMarkdownFiles().map((file) => ({ path: file.path, mtime: file.stat.mtime, publish: publishFlagOf(app, file) }));
		const templatePath = settings.daily.templatePath;
		const count = countPendingChanges(notes, publishStateSource(publishManifest), {
			publishedFolders: settings.publish.publishedFolders,
			excluded: templatePath ? [templatePath] : [],
			publishedPaths,
		});
		this.update({ type: "changed", count });
	}
}

/** With no note in focus, a publish that changed exactly one post links to it; otherwise to the site. */
function singleChangedPost(report: PublishReport): string | null {
	const changed = report.notes.filter((note) => note.status !== "unchanged");
	return changed.length === 1 ? changed[0].url : null;
}
