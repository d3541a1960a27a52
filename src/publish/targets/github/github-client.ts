import { responseText, TransportError, type HttpRequest, type HttpResponse, type HttpTransport } from "../http-transport";
import { GitHubError, maskSecret, type GitHubErrorCode } from "./github-errors";
import { decideRetry, DEFAULT_RETRY_POLICY, type Outcome, type RetryPolicy } from "./retry-policy";

export interface GitHubClientOptions {
	/** https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise Server. */
	apiBaseUrl: string;
	token: string;
	transport: HttpTransport;
	retry?: Partial<RetryPolicy>;
	/** Waits between retries: window timers in the plugin, Node's in the CLI, instant in tests. */
	sleep: (ms: number) => Promise<void>;
	now?: () => number;
}

export interface GitHubResponse<T> {
	status: number;
	data: T;
}

export interface RequestOptions {
	body?: unknown;
	/** Statuses the caller handles itself (e.g. 404 for "file absent"): returned, not thrown. */
	expect?: readonly number[];
}

const API_VERSION = "2022-11-28";

/** Checks a base URL: https, or http only on this machine (local test servers). */
export function parseApiBaseUrl(apiBaseUrl: string): URL {
	let url: URL;
	try {
		url = new URL(apiBaseUrl);
	} catch {
		throw new GitHubError("bad-config", { subject: `API address is not a URL: ${apiBaseUrl}` });
	}
	const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
	if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
		throw new GitHubError("bad-config", { subject: `API address must use https: ${apiBaseUrl}` });
	}
	if (url.username || url.password || url.search || url.hash) {
		throw new GitHubError("bad-config", { subject: "API address must not hold credentials, a query or a fragment" });
	}
	return url;
}

/**
 * A small REST client: JSON in and out, the token on every request to the configured host and
 * nowhere else, retries as GitHub documents them, typed errors. Hand-written rather than Octokit:
 * the same behaviour in ~150 lines, an injectable clock, and 50 KB less in main.js.
 */
export class GitHubClient {
	private readonly base: string;
	private readonly origin: string;
	private readonly policy: RetryPolicy;
	private readonly sleep: (ms: number) => Promise<void>;
	private readonly now: () => number;

	constructor(private readonly options: GitHubClientOptions) {
		const url = parseApiBaseUrl(options.apiBaseUrl);
		this.origin = url.origin;
		this.base = url.href.replace(/\/+$/, "");
		this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
		this.sleep = options.sleep;
		this.now = options.now ?? (() => Date.now());
	}

	async request<T>(method: HttpRequest["method"], path: string, options: RequestOptions = {}): Promise<GitHubResponse<T>> {
		const request = this.buildRequest(method, path, options.body);
		for (let retriesDone = 0; ; retriesDone++) {
			let response: HttpResponse | null = null;
			let noAnswer = "";
			try {
				response = await this.options.transport(request);
			} catch (error) {
				if (!(error instanceof TransportError)) throw error;
				noAnswer = maskSecret(error.message, this.options.token);
			}
			const message = response ? this.githubMessage(response) : "";
			if (response && response.status >= 300 && response.status < 400) {
				// Redirects are not followed (the token must not travel on); a renamed repository answers 301.
				throw new GitHubError("not-found", { method, path: pathOnly(path), status: response.status, subject: "GitHub redirected the request: was the repository renamed or moved?" });
			}
			if (response && (response.status < 400 || options.expect?.includes(response.status))) {
				return { status: response.status, data: this.parseJson<T>(response) };
			}
			const outcome: Outcome = response ? { kind: "response", status: response.status, headers: response.headers, message } : { kind: "no-answer" };
			const decision = decideRetry(outcome, retriesDone, this.now(), this.policy);
			const where = { method, path: pathOnly(path), status: response?.status, githubMessage: message || undefined, subject: noAnswer || undefined };
			if (decision.action === "retry") {
				await this.sleep(decision.waitMs);
				continue;
			}
			if (decision.action === "rate-limited") throw new GitHubError("rate-limited", { ...where, retryAt: decision.retryAt });
			throw new GitHubError(response ? codeForStatus(response.status) : "network", where);
		}
	}

	private buildRequest(method: HttpRequest["method"], path: string, body: unknown): HttpRequest {
		// Only paths below the configured base: the token must never travel to another host.
		if (!path.startsWith("/") || path.startsWith("//")) throw new GitHubError("unexpected", { subject: "bad API path" });
		const url = this.base + path;
		if (new URL(url).origin !== this.origin) throw new GitHubError("unexpected", { subject: "bad API path" });
		const headers: Record<string, string> = {
			accept: "application/vnd.github+json",
			authorization: `Bearer ${this.options.token}`,
			"x-github-api-version": API_VERSION,
		};
		if (body === undefined) return { method, url, headers };
		headers["content-type"] = "application/json; charset=utf-8";
		return { method, url, headers, body: JSON.stringify(body) };
	}

	private githubMessage(response: HttpResponse): string {
		if (response.status < 300) return "";
		try {
			const parsed = JSON.parse(responseText(response)) as { message?: unknown };
			return typeof parsed.message === "string" ? maskSecret(parsed.message, this.options.token).slice(0, 300) : "";
		} catch {
			return "";
		}
	}

	private parseJson<T>(response: HttpResponse): T {
		const text = responseText(response);
		if (text.trim() === "") return null as T;
		try {
			return JSON.parse(text) as T;
		} catch {
			throw new GitHubError("unexpected", { status: response.status, subject: "the answer is not JSON" });
		}
	}
}

function codeForStatus(status: number): GitHubErrorCode {
	if (status === 401) return "unauthorized";
	if (status === 403) return "forbidden";
	if (status === 404) return "not-found";
	if (status === 429) return "rate-limited";
	if (status >= 500) return "server-error";
	return "unexpected";
}

function pathOnly(path: string): string {
	const query = path.indexOf("?");
	return query === -1 ? path : path.slice(0, query);
}
