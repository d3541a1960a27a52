// Test helpers around the GitHub test server: a target wired to it, and git's view of the result.
import { createFetchTransport } from "../../src/node/fetch-transport";
import { GitHubClient } from "../../src/publish/targets/github/github-client";
import { GitHubGitApi } from "../../src/publish/targets/github/github-git-api";
import type { HttpTransport } from "../../src/publish/targets/http-transport";
import { GitHubTarget } from "../../src/publish/targets/github-target";
import { ZERO_SHA } from "./bare-repo";
import type { GitHubTestServer } from "./github-api-server";

export interface Harness {
	target: GitHubTarget;
	/** Every wait the client asked for, in ms; nobody actually waits. */
	sleeps: number[];
}

export function targetFor(
	server: GitHubTestServer,
	options: {
		token: string;
		branch?: string;
		/** Another repository name than the server's, to see a missing repository. */
		repositoryName?: string;
		transport?: HttpTransport;
		now?: () => number;
		author?: { name: string; email: string };
		maxTreeRequestChars?: number;
	},
): Harness {
	const sleeps: number[] = [];
	const client = new GitHubClient({
		apiBaseUrl: server.url,
		token: options.token,
		transport: options.transport ?? createFetchTransport({ timeoutMs: 10_000 }),
		sleep: async (ms) => void sleeps.push(ms),
		now: options.now,
	});
	const api = new GitHubGitApi(client, { owner: server.owner, name: options.repositoryName ?? server.name });
	return { target: new GitHubTarget({ api, branch: options.branch ?? server.branch, author: options.author, maxTreeRequestChars: options.maxTreeRequestChars }), sleeps };
}

/** Puts files on the branch directly through git, as if the blog already had them. */
export async function seed(server: GitHubTestServer, files: Record<string, string | Uint8Array>): Promise<string> {
	const repo = server.repo;
	const head = await repo.branchHead(server.branch);
	const base = head ? (await repo.readCommit(head)).tree : null;
	const entries = [];
	for (const [path, text] of Object.entries(files)) entries.push({ path, mode: "100644", sha: await repo.writeBlob(typeof text === "string" ? Buffer.from(text) : Buffer.from(text.buffer, text.byteOffset, text.byteLength)) });
	const tree = await repo.buildTree(base, entries);
	const person = { name: "Blog Owner", email: "blog@example.invalid", date: "2021-08-01T00:00:00Z" };
	const sha = await repo.commitTree({ tree, parents: head ? [head] : [], message: "Seed\n", author: person, committer: person });
	if (!(await repo.updateBranch(server.branch, sha, head ?? ZERO_SHA))) throw new Error("seed lost a race");
	return sha;
}

/** Path → text of every file on the branch, read back with git. */
export async function filesOnBranch(server: GitHubTestServer): Promise<Record<string, string>> {
	const head = await server.repo.branchHead(server.branch);
	if (!head) return {};
	const blobs = (await server.repo.lsTree(head, true)).filter((entry) => entry.type === "blob");
	const contents = await server.repo.readBlobs(blobs.map((entry) => entry.sha));
	return Object.fromEntries(blobs.map((entry, i) => [entry.path, contents[i].toString("utf8")]));
}

/** `git diff --name-status` between two commits, as sorted "M\tpath" lines. */
export async function diffNames(server: GitHubTestServer, from: string, to: string): Promise<string[]> {
	const { git } = await import("./bare-repo");
	const output = await git(["-c", "core.quotePath=false", "--git-dir", server.repo.dir, "diff", "--name-status", "--no-renames", from, to]);
	return output.split("\n").filter(Boolean).sort();
}
