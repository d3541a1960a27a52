// What every endpoint of the test server gets, and the shapes they share.
import type { BareRepo, CommitObject, Person } from "./bare-repo";
import type { PagesState } from "./pages-routes";

export interface RouteContext {
	repo: BareRepo;
	owner: string;
	name: string;
	defaultBranch: string;
	/** http://127.0.0.1:<port>, the API root */
	apiUrl: string;
	/** The fake web host used in html_url fields. */
	webUrl: string;
	params: string[];
	query: URLSearchParams;
	body: Record<string, unknown>;
	canWrite: boolean;
	/** Who the token belongs to, for commits without an author. */
	tokenOwner: Person;
	/** Recursive tree listings longer than this come back truncated, as GitHub's do past its limits. */
	recursiveTreeLimit: number;
	/** GitHub Pages of the repository; null when it is off. */
	pages: PagesState | null;
}

export interface RouteAnswer {
	status: number;
	body: unknown;
	/** Extra response headers, e.g. retry-after on a rate limit. */
	headers?: Record<string, string>;
}

export const DOCS = "https://docs.github.com/rest";

export function error(status: number, message: string): RouteAnswer {
	return { status, body: { message, documentation_url: DOCS, status: String(status) } };
}

export function repoUrl(ctx: RouteContext): string {
	return `${ctx.apiUrl}/repos/${ctx.owner}/${ctx.name}`;
}

export function commitJson(ctx: RouteContext, sha: string, commit: CommitObject): Record<string, unknown> {
	return {
		sha,
		node_id: `C_${sha.slice(0, 12)}`,
		url: `${repoUrl(ctx)}/git/commits/${sha}`,
		html_url: `${ctx.webUrl}/${ctx.owner}/${ctx.name}/commit/${sha}`,
		author: commit.author,
		committer: commit.committer,
		message: commit.message,
		tree: { sha: commit.tree, url: `${repoUrl(ctx)}/git/trees/${commit.tree}` },
		parents: commit.parents.map((parent) => ({
			sha: parent,
			url: `${repoUrl(ctx)}/git/commits/${parent}`,
			html_url: `${ctx.webUrl}/${ctx.owner}/${ctx.name}/commit/${parent}`,
		})),
		verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
	};
}

export function refJson(ctx: RouteContext, branch: string, sha: string): Record<string, unknown> {
	return {
		ref: `refs/heads/${branch}`,
		node_id: `REF_${branch}`,
		url: `${repoUrl(ctx)}/git/refs/heads/${branch}`,
		object: { type: "commit", sha, url: `${repoUrl(ctx)}/git/commits/${sha}` },
	};
}

/** A person from a request body, or the token owner; GitHub's own dates are ISO 8601. */
export function personFrom(value: unknown, fallback: Person, now: Date): Person {
	const given = (value ?? {}) as Partial<Person>;
	return {
		name: given.name ?? fallback.name,
		email: given.email ?? fallback.email,
		date: given.date ?? now.toISOString().replace(/\.\d{3}Z$/, "Z"),
	};
}

export function isBase64(text: string): boolean {
	return /^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(text);
}

/** A body field as text; the schema check has already made sure of its type. */
export function text(value: unknown): string {
	return typeof value === "string" ? value : JSON.stringify(value);
}
