import { Notice } from "obsidian";
import type { Translator } from "../i18n/translator";
import { followPagesBuild, type PagesOutcome, type UnknownReason } from "../publish/pages/follow-pages-build";
import type { PagesGet } from "../publish/pages/pages-api";
import { livePostUrl, readableUrl, repositoryWebUrl } from "../publish/pages/site-address";
import type { StatusEvent } from "../publish/publish-status";

export interface BuildToFollow {
	pagesGet: PagesGet;
	commitSha: string;
	commitUrl?: string;
	/** The post the user published (its URL on the site, baseurl included); null: link the site. */
	postUrl: string | null;
}

/** How long the "live" notice stays; a failure stays until dismissed. */
const LIVE_NOTICE_MS = 30_000;

/**
 * Follows the GitHub Pages build of each commit the plugin makes, in the background: the status bar
 * hears about it, and one notice says the post is live (with its link) or the build failed (with
 * GitHub's message and the build's page). A newer publish or unloading the plugin stops it; its
 * timer is cleared, so nothing runs after unload.
 */
export class SiteBuildWatcher {
	private current: AbortController | null = null;
	/** "Enable Pages" and "grant read access" are said once per session, not after every publish. */
	private readonly told = new Set<UnknownReason>();

	constructor(
		private readonly t: Translator,
		private readonly onStatus: (event: StatusEvent) => void,
	) {}

	follow(build: BuildToFollow): Promise<PagesOutcome> {
		this.stop();
		const controller = new AbortController();
		this.current = controller;
		const { signal } = controller;
		const sleep = (ms: number) =>
			new Promise<void>((resolve) => {
				const id = window.setTimeout(resolve, ms);
				signal.addEventListener("abort", () => (window.clearTimeout(id), resolve()), { once: true });
			});
		return followPagesBuild({
			get: build.pagesGet,
			commitSha: build.commitSha,
			clock: { now: () => Date.now(), sleep },
			stopped: () => signal.aborted,
			repositoryWebUrl: repositoryWebUrl(build.commitUrl),
			onBuilding: (_site, buildUrl) => !signal.aborted && this.onStatus({ type: "building", buildUrl }),
		}).then((outcome) => {
			if (!signal.aborted) this.tell(outcome, build.postUrl);
			if (this.current === controller) this.current = null;
			return outcome;
		});
	}

	stop(): void {
		this.current?.abort();
		this.current = null;
	}

	private tell(outcome: PagesOutcome, postUrl: string | null): void {
		const { t } = this;
		if (outcome.kind === "built") {
			const url = postUrl ? livePostUrl(outcome.siteUrl, postUrl) : outcome.siteUrl;
			this.onStatus({ type: "live", url });
			new Notice(withLink(t(postUrl ? "pages.live" : "pages.liveSite"), readableUrl(url), url), LIVE_NOTICE_MS);
			return;
		}
		if (outcome.kind === "errored") {
			this.onStatus({ type: "build-failed", buildUrl: outcome.buildUrl });
			const text = t("pages.failed", { message: outcome.message });
			new Notice(outcome.buildUrl ? withLink(text, t("pages.openBuild"), outcome.buildUrl) : text, 0);
			return;
		}
		this.onStatus({ type: "build-unknown" });
		if (outcome.reason === "stopped") return;
		const once = outcome.reason === "pages-off" || outcome.reason === "no-permission";
		if (once && this.told.has(outcome.reason)) return;
		this.told.add(outcome.reason);
		new Notice(t(`pages.notice.${outcome.reason}`), 0);
	}
}

function withLink(text: string, linkText: string, href: string): DocumentFragment {
	return createFragment((fragment) => {
		fragment.appendText(`${text} `);
		fragment.createEl("a", { text: linkText, href });
	});
}
