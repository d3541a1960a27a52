import type { GitHubGitApi } from "./github-git-api";

export interface ConnectionReport {
	repository: string;
	branch: string;
	state: "can-write" | "read-only" | "branch-missing" | "empty-repository";
}

/**
 * What "Test connection" tells: the repository as GitHub names it, whether the branch exists, and
 * whether the token may push (GitHub's `permissions.push`). Reads only. Errors (bad token, missing
 * repository) are thrown as GitHubError for the caller to show.
 */
export async function checkGitHubConnection(api: GitHubGitApi, branch: string): Promise<ConnectionReport> {
	const repository = await api.getRepository();
	const head = await api.getBranchHead(branch);
	const base = { repository: repository.fullName, branch };
	if (head.kind === "missing") return { ...base, state: "branch-missing" };
	if (head.kind === "empty") return { ...base, state: repository.canPush ? "empty-repository" : "read-only" };
	return { ...base, state: repository.canPush ? "can-write" : "read-only" };
}
