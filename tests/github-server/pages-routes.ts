// GitHub Pages and Actions endpoints of the test server: a site that builds each new commit of the
// branch in a few reads (a build that takes a while), succeeds or fails as the test asks, or is off.
import { complete, responseSchema, sample, type Schema } from "./openapi-check";
import { error, repoUrl, type RouteAnswer, type RouteContext } from "./route-context";

export interface PagesSimulation {
	/** legacy: followed through /pages/builds/latest; workflow: through the Actions run of the commit. */
	buildType: "legacy" | "workflow";
	/** Reads of a commit's build (or run) while it is still going: how long the build takes. */
	readsToFinish: number;
	outcome: "built" | "errored";
	/** What GitHub says about an errored legacy build. */
	errorMessage?: string;
	/** Defaults to https://<owner>.github.invalid/<name>/ */
	htmlUrl?: string;
}

interface BuildRecord {
	id: number;
	reads: number;
}

/** The builds the server has seen, one per commit of the branch. */
export class PagesState {
	readonly builds = new Map<string, BuildRecord>();
	/** The last commit whose build finished: what "latest" shows until the next one starts. */
	lastFinished: string | null = null;
	private nextId = 100;

	constructor(readonly simulation: PagesSimulation) {}

	/** Each read moves the build of `sha` one step on. */
	read(sha: string): { record: BuildRecord; phase: "not-started" | "running" | "finished" } {
		let record = this.builds.get(sha);
		if (!record) this.builds.set(sha, (record = { id: this.nextId++, reads: 0 }));
		record.reads++;
		if (record.reads === 1) return { record, phase: "not-started" };
		if (record.reads <= this.simulation.readsToFinish + 1) return { record, phase: "running" };
		this.lastFinished = sha;
		return { record, phase: "finished" };
	}
}

function siteUrl(ctx: RouteContext, simulation: PagesSimulation): string {
	return simulation.htmlUrl ?? `https://${ctx.owner}.github.invalid/${ctx.name}/`;
}

export function getPages(ctx: RouteContext): Promise<RouteAnswer> {
	const pages = ctx.pages;
	if (!pages) return Promise.resolve(error(404, "Not Found"));
	const { simulation } = pages;
	return Promise.resolve({
		status: 200,
		body: {
			url: `${repoUrl(ctx)}/pages`,
			status: "built",
			cname: null,
			custom_404: false,
			html_url: siteUrl(ctx, simulation),
			build_type: simulation.buildType,
			source: { branch: ctx.defaultBranch, path: "/" },
			public: true,
			https_enforced: true,
		},
	});
}

function simpleUser(ctx: RouteContext): Record<string, unknown> {
	const api = `${ctx.apiUrl}/users/${ctx.owner}`;
	return {
		login: ctx.owner,
		id: 1,
		node_id: "U_1",
		avatar_url: `${ctx.webUrl}/avatars/${ctx.owner}`,
		gravatar_id: "",
		url: api,
		html_url: `${ctx.webUrl}/${ctx.owner}`,
		followers_url: `${api}/followers`,
		following_url: `${api}/following{/other_user}`,
		gists_url: `${api}/gists{/gist_id}`,
		starred_url: `${api}/starred{/owner}{/repo}`,
		subscriptions_url: `${api}/subscriptions`,
		organizations_url: `${api}/orgs`,
		repos_url: `${api}/repos`,
		events_url: `${api}/events{/privacy}`,
		received_events_url: `${api}/received_events`,
		type: "User",
		site_admin: false,
	};
}

function buildJson(ctx: RouteContext, sha: string, status: string, message: string | null): Record<string, unknown> {
	return {
		url: `${repoUrl(ctx)}/pages/builds/latest`,
		status,
		error: { message },
		pusher: simpleUser(ctx),
		commit: sha,
		duration: 0,
		created_at: "2026-11-28T00:00:00Z",
		updated_at: "2026-11-28T00:00:00Z",
	};
}

export async function getLatestBuild(ctx: RouteContext): Promise<RouteAnswer> {
	const pages = ctx.pages;
	const head = await ctx.repo.branchHead(ctx.defaultBranch);
	if (!pages || !head) return error(404, "Not Found");
	const previous = pages.lastFinished;
	const { phase } = pages.read(head);
	// Right after a push, "latest" is still the previous commit's build.
	if (phase === "not-started" && previous && previous !== head) return { status: 200, body: buildJson(ctx, previous, "built", null) };
	if (phase !== "finished") return { status: 200, body: buildJson(ctx, head, phase === "running" ? "building" : "queued", null) };
	const { outcome, errorMessage } = pages.simulation;
	return { status: 200, body: buildJson(ctx, head, outcome, outcome === "errored" ? (errorMessage ?? "Page build failed.") : null) };
}

function runJson(ctx: RouteContext, sha: string, id: number, status: string, conclusion: string | null): Record<string, unknown> {
	return {
		id,
		node_id: `WFR_${id}`,
		name: "pages build and deployment",
		display_title: "pages build and deployment",
		head_branch: ctx.defaultBranch,
		head_sha: sha,
		path: "dynamic/pages/pages-build-deployment",
		run_number: id,
		event: "dynamic",
		status,
		conclusion,
		workflow_id: 1,
		url: `${repoUrl(ctx)}/actions/runs/${id}`,
		html_url: `${ctx.webUrl}/${ctx.owner}/${ctx.name}/actions/runs/${id}`,
		pull_requests: [],
		created_at: "2026-11-28T00:00:00Z",
		updated_at: "2026-11-28T00:00:00Z",
		jobs_url: `${repoUrl(ctx)}/actions/runs/${id}/jobs`,
		logs_url: `${repoUrl(ctx)}/actions/runs/${id}/logs`,
		check_suite_url: `${repoUrl(ctx)}/check-suites/${id}`,
		artifacts_url: `${repoUrl(ctx)}/actions/runs/${id}/artifacts`,
		cancel_url: `${repoUrl(ctx)}/actions/runs/${id}/cancel`,
		rerun_url: `${repoUrl(ctx)}/actions/runs/${id}/rerun`,
		workflow_url: `${repoUrl(ctx)}/actions/workflows/1`,
		head_commit: null,
	};
}

/** Runs of one commit: none at first (GitHub starts them a moment after the push), then one. */
export async function listRuns(ctx: RouteContext): Promise<RouteAnswer> {
	const pages = ctx.pages;
	const sha = ctx.query.get("head_sha");
	const head = await ctx.repo.branchHead(ctx.defaultBranch);
	if (!pages || pages.simulation.buildType !== "workflow" || !sha || sha !== head) return { status: 200, body: { total_count: 0, workflow_runs: [] } };
	const { record, phase } = pages.read(sha);
	if (phase === "not-started") return { status: 200, body: { total_count: 0, workflow_runs: [] } };
	const conclusion = phase === "finished" ? (pages.simulation.outcome === "built" ? "success" : "failure") : null;
	// Array items are not completed by the server's check: the run's repositories come from the schema here.
	const item = (responseSchema("/repos/{owner}/{repo}/actions/runs", "GET", 200)?.properties?.workflow_runs?.items ?? {}) as Schema;
	const run = complete(sample(item), runJson(ctx, sha, record.id, phase === "finished" ? "completed" : "in_progress", conclusion));
	return { status: 200, body: { total_count: 1, workflow_runs: [run] } };
}

export function listJobs(ctx: RouteContext): Promise<RouteAnswer> {
	const id = Number(ctx.params[0]);
	const entry = [...(ctx.pages?.builds.entries() ?? [])].find(([, record]) => record.id === id);
	if (!ctx.pages || !entry) return Promise.resolve(error(404, "Not Found"));
	const failed = ctx.pages.simulation.outcome === "errored";
	const step = (name: string, number: number, conclusion: string) => ({ name, status: "completed", conclusion, number });
	const job = {
		id: id * 10,
		run_id: id,
		run_url: `${repoUrl(ctx)}/actions/runs/${id}`,
		node_id: `J_${id}`,
		head_sha: entry[0],
		url: `${repoUrl(ctx)}/actions/jobs/${id * 10}`,
		html_url: `${ctx.webUrl}/${ctx.owner}/${ctx.name}/actions/runs/${id}/job/${id * 10}`,
		status: "completed",
		conclusion: failed ? "failure" : "success",
		started_at: "2026-11-28T00:00:00Z",
		completed_at: "2026-11-28T00:01:00Z",
		name: "build",
		workflow_name: "pages build and deployment",
		head_branch: ctx.defaultBranch,
		steps: [step("Checkout", 1, "success"), step("Build with Jekyll", 2, failed ? "failure" : "success")],
		check_run_url: `${repoUrl(ctx)}/check-runs/${id * 10}`,
		labels: ["ubuntu-latest"],
		runner_id: 1,
		runner_name: "GitHub Actions 1",
		runner_group_id: 1,
		runner_group_name: "GitHub Actions",
		created_at: "2026-11-28T00:00:00Z",
	};
	return Promise.resolve({ status: 200, body: { total_count: 1, jobs: [job] } });
}
