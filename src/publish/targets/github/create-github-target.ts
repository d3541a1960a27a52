import type { HttpTransport } from "../http-transport";
import { GitHubTarget } from "../github-target";
import { GitHubClient } from "./github-client";
import { GitHubError } from "./github-errors";
import { GitHubGitApi, parseRepositoryName } from "./github-git-api";
import { gitHubSiteKey } from "./github-site-key";

/** Everything a GitHub target needs, gathered by the plugin (settings + secret storage) or the CLI (flags + env). */
export interface GitHubConnection {
	/** owner/name */
	repository: string;
	branch: string;
	apiBaseUrl: string;
	token: string | null;
	authorName?: string;
	authorEmail?: string;
	transport: HttpTransport;
	sleep: (ms: number) => Promise<void>;
}

export interface GitHubTargetBundle {
	target: GitHubTarget;
	api: GitHubGitApi;
	/** The same client, for the GitHub Pages build follower. */
	client: GitHubClient;
	branch: string;
	/** Key of this site in the publishing manifest, from the address the client really talks to. */
	siteKey: string;
}

/** Checks the configuration and builds the target; a missing piece is a bad-config error naming it. */
export function createGitHubTarget(connection: GitHubConnection): GitHubTargetBundle {
	if (!connection.repository.trim()) throw new GitHubError("bad-config", { subject: "no repository set", missing: "repository" });
	if (!connection.token) throw new GitHubError("bad-config", { subject: "no token", missing: "token" });
	const branch = connection.branch.trim();
	if (!branch || /[\s~^:?*[\\]|\.\.|^\/|\/$/.test(branch)) throw new GitHubError("bad-config", { subject: `not a branch name: "${branch}"` });
	const apiBaseUrl = connection.apiBaseUrl.trim() || "https://api.github.com";
	const client = new GitHubClient({
		apiBaseUrl,
		token: connection.token,
		transport: connection.transport,
		sleep: connection.sleep,
	});
	const api = new GitHubGitApi(client, parseRepositoryName(connection.repository));
	const name = connection.authorName?.trim();
	const email = connection.authorEmail?.trim();
	const author = name && email ? { name, email } : undefined;
	const siteKey = gitHubSiteKey(apiBaseUrl, connection.repository, branch);
	return { target: new GitHubTarget({ api, branch, author }), api, client, branch, siteKey };
}
