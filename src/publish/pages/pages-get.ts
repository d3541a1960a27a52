import type { GitHubClient } from "../targets/github/github-client";
import { GitHubError } from "../targets/github/github-errors";
import type { RepositoryName } from "../targets/github/github-git-api";
import type { PagesGet } from "./pages-api";

/**
 * The follower's GET over the GitHub client (its retries and rate-limit waits included). A 403
 * that is not a rate limit comes back as a status: for Pages it means "no permission to read",
 * which is an answer, not a failure.
 */
export function pagesGetFor(client: GitHubClient, repository: RepositoryName): PagesGet {
	const prefix = `/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}`;
	return async (path) => {
		try {
			return await client.request<unknown>("GET", `${prefix}${path}`, { expect: [404] });
		} catch (error) {
			if (error instanceof GitHubError && error.code === "forbidden") return { status: 403, data: null };
			throw error;
		}
	};
}
