/**
 * What can go wrong talking to GitHub, as codes the glue translates for people. Messages are
 * built only from the code, the HTTP status, the API path and GitHub's own message (with the token
 * masked, should a server ever echo it): never from request headers, so the token cannot leak.
 */
export type GitHubErrorCode =
	/** 401: the token is wrong, expired or revoked. */
	| "unauthorized"
	/** 403 that is not a rate limit: the token may read but not write. */
	| "forbidden"
	/** 404: the repository does not exist, or the token cannot see it. */
	| "not-found"
	| "branch-missing"
	/** Waiting as GitHub asks would take too long, or it kept refusing. */
	| "rate-limited"
	/** 5xx that persisted through every retry. */
	| "server-error"
	/** No answer (offline, connection dropped) through every retry. */
	| "network"
	/** The branch kept moving while we were committing. */
	| "conflict"
	/** The settings or the command line do not describe a usable repository. */
	| "bad-config"
	/** A site path that must not be written (absolute, `..`, `.git`). */
	| "invalid-path"
	| "unexpected";

export interface GitHubErrorDetails {
	status?: number;
	method?: string;
	/** API path, without host or query. */
	path?: string;
	/** GitHub's `message` from the response body, token masked. */
	githubMessage?: string;
	/** When a rate limit ends, ms since the epoch. */
	retryAt?: number;
	/** Extra words for bad-config and invalid-path. */
	subject?: string;
	/** For bad-config: the setting that is empty. */
	missing?: "repository" | "token";
}

const SUMMARIES: Record<GitHubErrorCode, string> = {
	unauthorized: "GitHub rejected the token (bad, expired or revoked)",
	forbidden: "The token has no permission to write to this repository",
	"not-found": "Repository not found, or the token cannot access it",
	"branch-missing": "The branch does not exist in the repository",
	"rate-limited": "GitHub's rate limit was reached",
	"server-error": "GitHub kept answering with a server error",
	network: "No answer from GitHub (network failure or dropped connection)",
	conflict: "The branch kept changing while publishing",
	"bad-config": "GitHub publishing is not set up correctly",
	"invalid-path": "Refusing to write a path outside the site",
	unexpected: "GitHub refused the request",
};

export class GitHubError extends Error {
	constructor(
		readonly code: GitHubErrorCode,
		readonly details: GitHubErrorDetails = {},
	) {
		super(describe(code, details));
		this.name = "GitHubError";
	}
}

function describe(code: GitHubErrorCode, details: GitHubErrorDetails): string {
	const context = errorContext(details);
	return context ? `${SUMMARIES[code]} (${context})` : SUMMARIES[code];
}

/** The facts behind an error, for people and for bug reports; shown after the translated summary. */
export function errorContext(details: GitHubErrorDetails): string {
	const where = [details.method, details.path].filter(Boolean).join(" ");
	return [
		details.subject ?? "",
		details.status ? `HTTP ${details.status}` : "",
		where,
		details.githubMessage ? `"${details.githubMessage}"` : "",
		details.retryAt ? `retry after ${new Date(details.retryAt).toISOString()}` : "",
	]
		.filter(Boolean)
		.join(", ");
}

/** Replaces every occurrence of the secret; used on any text that came back from the network. */
export function maskSecret(text: string, secret: string): string {
	if (!secret) return text;
	return text.split(secret).join("***");
}
