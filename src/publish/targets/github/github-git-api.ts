import type { GitHubClient } from "./github-client";
import { GitHubError } from "./github-errors";

/** "owner/name" as given in settings or on the command line. */
export interface RepositoryName {
	owner: string;
	name: string;
}

export function parseRepositoryName(text: string): RepositoryName {
	const match = /^\s*([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\s*$/.exec(text);
	if (!match || match[2] === "." || match[2] === "..") {
		throw new GitHubError("bad-config", { subject: `repository must look like owner/name, not "${text}"` });
	}
	return { owner: match[1], name: match[2] };
}

export type BranchHead =
	| { kind: "found"; commitSha: string; treeSha: string }
	| { kind: "missing" }
	/** The repository has no commit at all: the Git Data API refuses it (409). */
	| { kind: "empty" };

export interface RemoteEntry {
	sha: string;
	mode: string;
	type: string;
}

export interface CommitAuthor {
	name: string;
	email: string;
}

export interface RepositoryInfo {
	fullName: string;
	defaultBranch: string;
	canPush: boolean;
}

/** Branch names may hold `/`; every other character of each segment is escaped. */
function encodePath(path: string): string {
	return path.split("/").map(encodeURIComponent).join("/");
}

/** The handful of GitHub endpoints a publish needs, with the shapes of GitHub's OpenAPI description. */
export class GitHubGitApi {
	private readonly prefix: string;

	constructor(
		private readonly client: GitHubClient,
		readonly repository: RepositoryName,
	) {
		this.prefix = `/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}`;
	}

	async getRepository(): Promise<RepositoryInfo> {
		const { data } = await this.client.request<{ full_name: string; default_branch: string; permissions?: { push?: boolean } }>("GET", this.prefix);
		return { fullName: data.full_name, defaultBranch: data.default_branch, canPush: data.permissions?.push === true };
	}

	/** One request when the branch exists; the rarer cases need two or three to tell apart. */
	async getBranchHead(branch: string): Promise<BranchHead> {
		const response = await this.client.request<{ commit: { sha: string; commit: { tree: { sha: string } } } }>(
			"GET",
			`${this.prefix}/branches/${encodePath(branch)}`,
			{ expect: [404, 409] },
		);
		if (response.status === 409) return { kind: "empty" };
		if (response.status === 200) return { kind: "found", commitSha: response.data.commit.sha, treeSha: response.data.commit.commit.tree.sha };
		const ref = await this.client.request<unknown>("GET", `${this.prefix}/git/ref/heads/${encodePath(branch)}`, { expect: [404, 409] });
		if (ref.status === 409) return { kind: "empty" };
		if (ref.status === 404) {
			await this.getRepository(); // throws not-found when the repository itself is missing
			return { kind: "missing" };
		}
		// The ref exists although the branch did not a moment ago: someone just pushed it.
		return this.getBranchHead(branch);
	}

	/** Every blob of the tree by path. Falls back to walking sub-trees if GitHub truncates the list. */
	async getTreeBlobs(treeSha: string): Promise<Map<string, RemoteEntry>> {
		type Tree = { truncated: boolean; tree: Array<{ path: string; mode: string; type: string; sha: string }> };
		const { data } = await this.client.request<Tree>("GET", `${this.prefix}/git/trees/${treeSha}?recursive=1`);
		const blobs = new Map<string, RemoteEntry>();
		if (!data.truncated) {
			for (const entry of data.tree) if (entry.type === "blob") blobs.set(entry.path, entry);
			return blobs;
		}
		const walk = async (sha: string, prefix: string): Promise<void> => {
			const level = await this.client.request<Tree>("GET", `${this.prefix}/git/trees/${sha}`);
			for (const entry of level.data.tree) {
				const path = prefix + entry.path;
				if (entry.type === "blob") blobs.set(path, entry);
				else if (entry.type === "tree") await walk(entry.sha, `${path}/`);
			}
		};
		await walk(treeSha, "");
		return blobs;
	}

	async createBlob(base64: string): Promise<string> {
		const { data } = await this.client.request<{ sha: string }>("POST", `${this.prefix}/git/blobs`, { body: { content: base64, encoding: "base64" } });
		return data.sha;
	}

	async createTree(baseTree: string, tree: TreeEntryInput[]): Promise<string> {
		const { data } = await this.client.request<{ sha: string }>("POST", `${this.prefix}/git/trees`, { body: { base_tree: baseTree, tree } });
		return data.sha;
	}

	async createCommit(input: { message: string; tree: string; parents: string[]; author?: CommitAuthor }): Promise<{ sha: string; htmlUrl: string }> {
		const { data } = await this.client.request<{ sha: string; html_url: string }>("POST", `${this.prefix}/git/commits`, { body: input });
		return { sha: data.sha, htmlUrl: data.html_url };
	}

	/** Moves the branch without force: "not-fast-forward" when someone pushed meanwhile (422). */
	async updateBranch(branch: string, sha: string): Promise<"updated" | "not-fast-forward"> {
		const response = await this.client.request<unknown>("PATCH", `${this.prefix}/git/refs/heads/${encodePath(branch)}`, {
			body: { sha, force: false },
			expect: [422],
		});
		return response.status === 422 ? "not-fast-forward" : "updated";
	}

	/** The contents API is the only way to give an empty repository its first commit. */
	async createFile(input: { path: string; base64: string; message: string; branch: string; author?: CommitAuthor }): Promise<"created" | "exists"> {
		const body: Record<string, unknown> = { message: input.message, content: input.base64, branch: input.branch };
		if (input.author) body.author = input.author;
		const response = await this.client.request<unknown>("PUT", `${this.prefix}/contents/${encodePath(input.path)}`, { body, expect: [409, 422] });
		return response.status === 409 || response.status === 422 ? "exists" : "created";
	}

	/** A file's bytes on a branch, or null when absent (or the repository is empty). */
	async getFileBase64(path: string, branch: string): Promise<string | null> {
		const response = await this.client.request<{ type?: string; content?: string } | unknown[]>(
			"GET",
			`${this.prefix}/contents/${encodePath(path)}?ref=${encodeURIComponent(branch)}`,
			{ expect: [404, 409] },
		);
		if (response.status !== 200 || Array.isArray(response.data)) return null;
		const file = response.data;
		return file.type === "file" && typeof file.content === "string" ? file.content : null;
	}
}

export type TreeEntryInput =
	| { path: string; mode: string; type: "blob"; content: string }
	| { path: string; mode: string; type: "blob"; sha: string | null };
