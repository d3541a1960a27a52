// Faults the test server can inject, each one a way real publishing goes wrong.
import type { BareRepo } from "./bare-repo";
import { DOCS, type RouteAnswer } from "./route-context";

export type FaultKind =
	| { kind: "status"; status: 401 | 500 | 502 | 503 }
	/** 403 with retry-after, as GitHub answers too many content-creating requests. */
	| { kind: "secondary-rate-limit"; retryAfterSeconds: number }
	/** 403 with x-ratelimit-remaining 0: the hourly quota is used up until `resetAt` (epoch s). */
	| { kind: "primary-rate-limit"; resetAt: number }
	/** The connection is destroyed before the request is handled. */
	| { kind: "drop-before" }
	/** The request is handled (its effect happens) but the answer is lost. */
	| { kind: "drop-after" }
	/** Someone else pushes to the branch just before this request is handled. */
	| { kind: "concurrent-push" };

export interface Fault {
	kind: FaultKind;
	method?: string;
	path?: RegExp;
}

export function answerFault(fault: FaultKind): RouteAnswer | null {
	switch (fault.kind) {
		case "status":
			if (fault.status === 401) return { status: 401, body: { message: "Bad credentials", documentation_url: DOCS } };
			if (fault.status === 502) return { status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>" };
			return { status: fault.status, body: { message: "Server Error" } };
		case "secondary-rate-limit":
			return {
				status: 403,
				headers: { "retry-after": String(fault.retryAfterSeconds) },
				body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", documentation_url: DOCS },
			};
		case "primary-rate-limit":
			return {
				status: 403,
				headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(fault.resetAt) },
				body: { message: "API rate limit exceeded for user ID 1.", documentation_url: DOCS },
			};
		default:
			return null;
	}
}

let pushes = 0;

/** Another client's commit on top of the branch: adds one file, as a collaborator's push would. */
export async function pushConcurrentCommit(repo: BareRepo, branch: string): Promise<string> {
	const head = await repo.branchHead(branch);
	if (!head) throw new Error("concurrent push needs an existing branch");
	const blob = await repo.writeBlob(Buffer.from(`pushed by someone else ${++pushes}\n`));
	const tree = await repo.buildTree((await repo.readCommit(head)).tree, [{ path: `concurrent-${pushes}.md`, mode: "100644", sha: blob }]);
	const person = { name: "Someone Else", email: "else@example.invalid", date: new Date().toISOString() };
	const sha = await repo.commitTree({ tree, parents: [head], message: "A concurrent push\n", author: person, committer: person });
	if (!(await repo.updateBranch(branch, sha, head))) throw new Error("concurrent push lost its own race");
	return sha;
}
