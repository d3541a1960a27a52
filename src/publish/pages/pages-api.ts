/**
 * The GitHub Pages and Actions endpoints the build follower reads, with the shapes of GitHub's
 * OpenAPI description. Pure: `get` sends a GET below `/repos/{owner}/{repo}` and answers 200,
 * 403 or 404 with the parsed body (other failures throw).
 */
export type PagesGet = (path: string) => Promise<{ status: number; data: unknown }>;

export interface PagesSite {
	/** The site's address, e.g. https://octo.github.io/blog/ */
	htmlUrl: string;
	/** legacy: built from a branch by GitHub; workflow: by an Actions workflow of the repository. */
	buildType: "legacy" | "workflow";
}

type Refusal = "pages-off" | "no-permission";

function record(value: unknown): Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
	return typeof value === "string" && value !== "" ? value : null;
}

/** 404 on the Pages endpoint: Pages is off; 403: the token lacks Pages (or Actions) read access. */
function refusal(status: number, off: Refusal | "none"): Refusal | "none" | null {
	if (status === 404) return off;
	if (status === 403) return "no-permission";
	return null;
}

export async function readPagesSite(get: PagesGet): Promise<{ kind: "site"; site: PagesSite } | { kind: Refusal }> {
	const { status, data } = await get("/pages");
	const refused = refusal(status, "pages-off");
	if (refused && refused !== "none") return { kind: refused };
	const body = record(data);
	const htmlUrl = text(body.html_url);
	// Very old sites answer without html_url: their address cannot be known, so there is nothing to link.
	if (!htmlUrl) return { kind: "pages-off" };
	return { kind: "site", site: { htmlUrl, buildType: body.build_type === "workflow" ? "workflow" : "legacy" } };
}

export type LatestBuild =
	| { kind: "build"; commit: string; status: string; errorMessage: string | null }
	/** No build yet (404 on a site that has never built). */
	| { kind: "none" }
	| { kind: "no-permission" };

export async function readLatestBuild(get: PagesGet): Promise<LatestBuild> {
	const { status, data } = await get("/pages/builds/latest");
	const refused = refusal(status, "none");
	if (refused === "none") return { kind: "none" };
	if (refused) return { kind: "no-permission" };
	const body = record(data);
	return { kind: "build", commit: text(body.commit) ?? "", status: text(body.status) ?? "", errorMessage: text(record(body.error).message) };
}

export type WorkflowRun =
	| { kind: "run"; id: number; name: string; htmlUrl: string; status: string; conclusion: string | null }
	/** GitHub has not started a run for the commit yet. */
	| { kind: "none" }
	| { kind: "no-permission" };

/** The run GitHub starts to deploy Pages; a repository's own workflow may carry another name. */
const PAGES_RUN_NAME = "pages build and deployment";

export async function readWorkflowRun(get: PagesGet, commitSha: string): Promise<WorkflowRun> {
	const { status, data } = await get(`/actions/runs?head_sha=${encodeURIComponent(commitSha)}&per_page=20`);
	const refused = refusal(status, "none");
	if (refused === "none") return { kind: "none" };
	if (refused) return { kind: "no-permission" };
	const runs = (Array.isArray(record(data).workflow_runs) ? (record(data).workflow_runs as unknown[]) : []).map(record).filter((run) => run.head_sha === commitSha);
	if (runs.length === 0) return { kind: "none" };
	const named = (run: Record<string, unknown>) => (text(run.name) ?? "").toLowerCase();
	const chosen =
		runs.find((run) => named(run) === PAGES_RUN_NAME) ??
		runs.find((run) => /pages|jekyll|deploy/.test(`${named(run)} ${text(run.path) ?? ""}`.toLowerCase())) ??
		runs[0];
	return {
		kind: "run",
		id: Number(chosen.id),
		name: text(chosen.name) ?? text(chosen.display_title) ?? PAGES_RUN_NAME,
		htmlUrl: text(chosen.html_url) ?? "",
		status: text(chosen.status) ?? "",
		conclusion: text(chosen.conclusion),
	};
}

/**
 * A failed run says only "failure"; its jobs tell which step broke ("build › Build with Jekyll").
 * When the jobs cannot be read, the run's own name and conclusion are the message.
 */
export async function describeFailedRun(get: PagesGet, run: Extract<WorkflowRun, { kind: "run" }>): Promise<string> {
	const fallback = `${run.name}: ${run.conclusion ?? "failed"}`;
	try {
		const { status, data } = await get(`/actions/runs/${run.id}/jobs?filter=latest`);
		if (status !== 200) return fallback;
		const jobs = (Array.isArray(record(data).jobs) ? (record(data).jobs as unknown[]) : []).map(record);
		const job = jobs.find((candidate) => candidate.conclusion === "failure") ?? jobs.find((candidate) => candidate.conclusion && candidate.conclusion !== "success");
		if (!job) return fallback;
		const steps = (Array.isArray(job.steps) ? (job.steps as unknown[]) : []).map(record);
		const step = steps.find((candidate) => candidate.conclusion === "failure");
		const where = step ? `${String(job.name)} › ${String(step.name)}` : String(job.name);
		return `${where}: ${String(job.conclusion)}`;
	} catch {
		return fallback;
	}
}
