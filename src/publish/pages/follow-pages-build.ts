import { readLatestBuild, readPagesSite, readWorkflowRun, describeFailedRun, type PagesGet, type PagesSite } from "./pages-api";

/**
 * Follows GitHub Pages after a commit until the site built from *that* commit is online or failed:
 * the Pages API tells the site's address and how it builds; a `legacy` site is followed through
 * its latest build, a `workflow` site through the Actions run of the commit. Polls with back-off
 * and gives up after about ten minutes. Pure: the request function and the clock are passed in,
 * so tests need no network and no real waiting, and the plugin can stop it on unload.
 */
export interface FollowClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export interface FollowRequest {
	get: PagesGet;
	commitSha: string;
	clock: FollowClock;
	/** True once the caller no longer wants an answer (plugin unloaded, a newer publish). */
	stopped?: () => boolean;
	/** Web page of the repository (for a legacy build, whose API has no page of its own). */
	repositoryWebUrl?: string | null;
	timeoutMs?: number;
	/** Told once the site is known to be building our commit, with the page to watch it on. */
	onBuilding?: (site: PagesSite, buildUrl: string | null) => void;
}

export type PagesOutcome =
	| { kind: "built"; siteUrl: string; buildUrl: string | null }
	| { kind: "errored"; siteUrl: string; message: string; buildUrl: string | null }
	| { kind: "unknown"; reason: UnknownReason; siteUrl: string | null; detail?: string };

/**
 * pages-off: Pages is not enabled (404); no-permission: the token may not read Pages or Actions
 * (403); timed-out: no answer about our commit in time; stopped: the caller stopped listening;
 * unreadable: GitHub kept failing to answer.
 */
export type UnknownReason = "pages-off" | "no-permission" | "timed-out" | "stopped" | "unreadable";

export const FOLLOW_TIMEOUT_MS = 10 * 60_000;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 30_000;
const FAILURES_TOLERATED = 3;

/** 5 s, 7.5 s, 11 s, … up to 30 s between polls: quick for a small site, gentle for a slow one. */
export function pollDelay(attempt: number): number {
	return Math.min(LONGEST_WAIT_MS, Math.round(FIRST_WAIT_MS * 1.5 ** attempt));
}

type Step<T> = { kind: "done"; value: T } | { kind: "again" };

export async function followPagesBuild(request: FollowRequest): Promise<PagesOutcome> {
	const { clock } = request;
	const started = clock.now();
	const timeoutMs = request.timeoutMs ?? FOLLOW_TIMEOUT_MS;
	const stopped = request.stopped ?? (() => false);
	// Read once, by the first poll that gets an answer.
	const known: { site: PagesSite | null } = { site: null };
	let failures = 0;
	let lastFailure = "";
	let announced = false;
	for (let attempt = 0; ; attempt++) {
		if (stopped()) return { kind: "unknown", reason: "stopped", siteUrl: known.site?.htmlUrl ?? null };
		try {
			const step = await checkOnce();
			failures = 0;
			if (step.kind === "done") return step.value;
		} catch (error) {
			// A network blip or a server error between polls is not the build's fault: try again later.
			failures++;
			lastFailure = error instanceof Error ? error.message : String(error);
			if (failures >= FAILURES_TOLERATED) return { kind: "unknown", reason: "unreadable", siteUrl: known.site?.htmlUrl ?? null, detail: lastFailure };
		}
		const wait = pollDelay(attempt);
		if (clock.now() - started + wait > timeoutMs) return { kind: "unknown", reason: "timed-out", siteUrl: known.site?.htmlUrl ?? null };
		await clock.sleep(wait);
	}

	async function checkOnce(): Promise<Step<PagesOutcome>> {
		if (!known.site) {
			const read = await readPagesSite(request.get);
			if (read.kind !== "site") return { kind: "done", value: { kind: "unknown", reason: read.kind, siteUrl: null } };
			known.site = read.site;
		}
		const current = known.site;
		const announce = (buildUrl: string | null) => {
			if (announced) return;
			announced = true;
			request.onBuilding?.(current, buildUrl);
		};
		if (current.buildType === "workflow") return followRun(current, announce);
		return followLegacyBuild(current, announce);
	}

	async function followLegacyBuild(current: PagesSite, announce: (url: string | null) => void): Promise<Step<PagesOutcome>> {
		const build = await readLatestBuild(request.get);
		if (build.kind !== "build") return build.kind === "none" ? { kind: "again" } : { kind: "done", value: { kind: "unknown", reason: build.kind, siteUrl: current.htmlUrl } };
		const buildUrl = request.repositoryWebUrl ? `${request.repositoryWebUrl}/settings/pages` : null;
		// The latest build may still be of an earlier commit: ours has not started yet.
		if (build.commit !== request.commitSha) return { kind: "again" };
		announce(buildUrl);
		if (build.status === "built") return { kind: "done", value: { kind: "built", siteUrl: current.htmlUrl, buildUrl } };
		if (build.status === "errored") {
			return { kind: "done", value: { kind: "errored", siteUrl: current.htmlUrl, message: build.errorMessage ?? "errored", buildUrl } };
		}
		return { kind: "again" };
	}

	async function followRun(current: PagesSite, announce: (url: string | null) => void): Promise<Step<PagesOutcome>> {
		const run = await readWorkflowRun(request.get, request.commitSha);
		if (run.kind !== "run") return run.kind === "none" ? { kind: "again" } : { kind: "done", value: { kind: "unknown", reason: run.kind, siteUrl: current.htmlUrl } };
		announce(run.htmlUrl);
		if (run.status !== "completed") return { kind: "again" };
		if (run.conclusion === "success") return { kind: "done", value: { kind: "built", siteUrl: current.htmlUrl, buildUrl: run.htmlUrl } };
		const message = await describeFailedRun(request.get, run);
		return { kind: "done", value: { kind: "errored", siteUrl: current.htmlUrl, message, buildUrl: run.htmlUrl } };
	}
}
