/**
 * A local stand-in for api.github.com on 127.0.0.1 (random port), storing everything in a real bare
 * git repository. Every request and response body is checked against GitHub's OpenAPI description;
 * faults can be injected (5xx, rate limits, 401, a concurrent push, a dropped connection); every
 * request is counted. Test-only code.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "http";
import type { AddressInfo } from "net";
import { BareRepo, type Person } from "./bare-repo";
import * as gitData from "./git-data-routes";
import { complete, documentsStatus, requestSchema, responseSchema, sample, validate } from "./openapi-check";
import * as repoRoutes from "./repo-routes";
import * as pagesRoutes from "./pages-routes";
import { PagesState, type PagesSimulation } from "./pages-routes";
import { error, type RouteAnswer, type RouteContext } from "./route-context";
import { answerFault, pushConcurrentCommit, type Fault, type FaultKind } from "./faults";

interface Route {
	method: string;
	pattern: RegExp;
	/** The OpenAPI path the route implements. */
	template: string;
	handle: (ctx: RouteContext) => Promise<RouteAnswer>;
}

const P = "/repos/{owner}/{repo}";
const ROUTES: Route[] = [
	{ method: "GET", pattern: /^$/, template: P, handle: repoRoutes.getRepository },
	{ method: "GET", pattern: /^\/branches\/(.+)$/, template: `${P}/branches/{branch}`, handle: repoRoutes.getBranch },
	{ method: "GET", pattern: /^\/git\/ref\/heads\/(.+)$/, template: `${P}/git/ref/{ref}`, handle: gitData.getRef },
	{ method: "PATCH", pattern: /^\/git\/refs\/heads\/(.+)$/, template: `${P}/git/refs/{ref}`, handle: gitData.updateRef },
	{ method: "GET", pattern: /^\/git\/trees\/([^/]+)$/, template: `${P}/git/trees/{tree_sha}`, handle: gitData.getTree },
	{ method: "POST", pattern: /^\/git\/trees$/, template: `${P}/git/trees`, handle: gitData.createTree },
	{ method: "POST", pattern: /^\/git\/blobs$/, template: `${P}/git/blobs`, handle: gitData.createBlob },
	{ method: "POST", pattern: /^\/git\/commits$/, template: `${P}/git/commits`, handle: gitData.createCommit },
	{ method: "GET", pattern: /^\/contents\/(.+)$/, template: `${P}/contents/{path}`, handle: repoRoutes.getContents },
	{ method: "PUT", pattern: /^\/contents\/(.+)$/, template: `${P}/contents/{path}`, handle: repoRoutes.putContents },
	{ method: "GET", pattern: /^\/pages$/, template: `${P}/pages`, handle: pagesRoutes.getPages },
	{ method: "GET", pattern: /^\/pages\/builds\/latest$/, template: `${P}/pages/builds/latest`, handle: pagesRoutes.getLatestBuild },
	{ method: "GET", pattern: /^\/actions\/runs$/, template: `${P}/actions/runs`, handle: pagesRoutes.listRuns },
	{ method: "GET", pattern: /^\/actions\/runs\/(\d+)\/jobs$/, template: `${P}/actions/runs/{run_id}/jobs`, handle: pagesRoutes.listJobs },
];

export interface RecordedRequest {
	method: string;
	path: string;
	status: number | "dropped";
	body: unknown;
}

export interface GitHubTestServerOptions {
	owner?: string;
	name?: string;
	branch?: string;
	/** Token with write access; `readOnlyToken` may read only. */
	token: string;
	readOnlyToken?: string;
	/** Added before every answer, to measure what round trips cost. */
	latencyMs?: number;
	/** Entries of a recursive tree listing before it is truncated (GitHub: 100,000 or 7 MB). */
	recursiveTreeLimit?: number;
	/** GitHub Pages for the branch; without it Pages is off (404). */
	pages?: PagesSimulation;
	/** A token that may write contents but has no Pages or Actions permission (403 there). */
	tokenWithoutPagesAccess?: string;
}

export class GitHubTestServer {
	readonly requests: RecordedRequest[] = [];
	/** Bodies that break GitHub's OpenAPI description; a test fails if any shows up. */
	readonly violations: string[] = [];
	private readonly faults: Array<Fault & { left: number }> = [];
	readonly owner: string;
	readonly name: string;
	readonly branch: string;
	readonly tokenOwner: Person = { name: "Token Owner", email: "owner@example.invalid", date: "" };
	/** The Pages site and the builds it has seen; null while Pages is off. */
	pages: PagesState | null;

	private constructor(
		private readonly server: Server,
		readonly repo: BareRepo,
		private readonly options: GitHubTestServerOptions,
	) {
		this.owner = options.owner ?? "octo";
		this.name = options.name ?? "blog";
		this.branch = options.branch ?? "main";
		this.pages = options.pages ? new PagesState(options.pages) : null;
	}

	/** Turns Pages on with a fresh build history, or off. */
	setPages(simulation: PagesSimulation | null): void {
		this.pages = simulation ? new PagesState(simulation) : null;
	}

	static async start(options: GitHubTestServerOptions): Promise<GitHubTestServer> {
		const repo = await BareRepo.create(options.branch ?? "main");
		const holder: { server?: GitHubTestServer } = {};
		const http = createServer((req, res) => void holder.server!.handle(req, res));
		await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
		holder.server = new GitHubTestServer(http, repo, options);
		return holder.server;
	}

	get url(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	inject(fault: FaultKind, where: { method?: string; path?: RegExp; times?: number } = {}): void {
		this.faults.push({ kind: fault, method: where.method, path: where.path, left: where.times ?? 1 });
	}

	clearFaults(): void {
		this.faults.length = 0;
	}

	resetCounts(): void {
		this.requests.length = 0;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
		this.repo.remove();
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const raw = await readBody(req);
		const url = new URL(req.url ?? "/", this.url);
		const method = req.method ?? "GET";
		let body: unknown = null;
		const record: RecordedRequest = { method, path: url.pathname, status: "dropped", body: null };
		this.requests.push(record);
		if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
		try {
			body = raw.length ? JSON.parse(raw.toString("utf8")) : null;
		} catch {
			return this.send(res, record, { status: 400, body: { message: "Problems parsing JSON" } }, null);
		}
		record.body = body;
		const fault = this.takeFault(method, url.pathname);
		if (fault?.kind === "drop-before") return void req.socket.destroy();
		if (fault?.kind === "concurrent-push") await pushConcurrentCommit(this.repo, this.branch);
		const immediate = fault ? answerFault(fault) : null;
		if (immediate) return this.send(res, record, immediate, null);
		const { answer, template } = await this.route(req, method, url, body);
		if (fault?.kind === "drop-after") return void req.socket.destroy();
		this.send(res, record, answer, template ? { template, method } : null);
	}

	private async route(req: IncomingMessage, method: string, url: URL, body: unknown): Promise<{ answer: RouteAnswer; template?: string }> {
		const token = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? "")?.[1];
		const withoutPages = token !== undefined && token === this.options.tokenWithoutPagesAccess;
		const known = token === this.options.token || withoutPages || (token !== undefined && token === this.options.readOnlyToken);
		if (!known) return { answer: error(401, "Bad credentials") };
		const prefix = `/repos/${this.owner}/${this.name}`;
		if (!url.pathname.startsWith(prefix)) return { answer: error(404, "Not Found") };
		const rest = url.pathname.slice(prefix.length);
		const route = ROUTES.find((r) => r.method === method && r.pattern.test(rest));
		if (!route) return { answer: error(404, "Not Found") };
		// GitHub answers so on any endpoint a fine-grained token lacks the permission for; OpenAPI lists it on few.
		if (withoutPages && /^\/(pages|actions)\b/.test(rest)) return { answer: error(403, "Resource not accessible by personal access token") };
		const canWrite = token === this.options.token || withoutPages;
		if (method !== "GET" && !canWrite) return { answer: error(403, "Resource not accessible by personal access token"), template: route.template };
		const schema = requestSchema(route.template, method);
		const problems = schema ? validate(schema, body ?? {}) : [];
		if (problems.length) {
			this.violations.push(`request ${method} ${route.template}: ${problems.join("; ")}`);
			return { answer: error(422, "Invalid request."), template: route.template };
		}
		const params = route.pattern.exec(rest)!.slice(1).map((part) => part.split("/").map(decodeURIComponent).join("/"));
		const ctx: RouteContext = {
			repo: this.repo,
			owner: this.owner,
			name: this.name,
			defaultBranch: this.branch,
			apiUrl: this.url,
			webUrl: "https://github.invalid",
			params,
			query: url.searchParams,
			body: (body ?? {}) as Record<string, unknown>,
			canWrite,
			tokenOwner: this.tokenOwner,
			recursiveTreeLimit: this.options.recursiveTreeLimit ?? 100_000,
			pages: this.pages,
		};
		return { answer: await route.handle(ctx), template: route.template };
	}

	private takeFault(method: string, path: string): FaultKind | null {
		const fault = this.faults.find((f) => f.left > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(path)));
		if (!fault) return null;
		fault.left--;
		return fault.kind;
	}

	private send(res: ServerResponse, record: RecordedRequest, answer: RouteAnswer, check: { template: string; method: string } | null): void {
		let body = answer.body;
		if (check) {
			const schema = responseSchema(check.template, check.method, answer.status);
			if (!documentsStatus(check.template, check.method, answer.status)) {
				this.violations.push(`response ${check.method} ${check.template}: status ${answer.status} is not documented`);
			} else if (schema) {
				body = complete(sample(schema), body);
				const problems = validate(schema, body);
				if (problems.length) this.violations.push(`response ${check.method} ${check.template} ${answer.status}: ${problems.join("; ")}`);
			}
		}
		record.status = answer.status;
		const text = typeof body === "string" ? body : JSON.stringify(body);
		res.writeHead(answer.status, {
			"content-type": typeof body === "string" ? "text/html" : "application/json; charset=utf-8",
			"x-ratelimit-limit": "5000",
			"x-ratelimit-remaining": "4999",
			"x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
			"x-ratelimit-resource": "core",
			...answer.headers,
		});
		res.end(text);
	}
}

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on("data", (chunk: Buffer) => chunks.push(chunk));
		req.on("end", () => resolve(Buffer.concat(chunks)));
		req.on("error", reject);
	});
}
