// Repository, branch and contents endpoints of the test server.
import { ZERO_SHA } from "./bare-repo";
import { commitJson, error, isBase64, personFrom, repoUrl, type RouteAnswer, type RouteContext } from "./route-context";

export async function getRepository(ctx: RouteContext): Promise<RouteAnswer> {
	const url = repoUrl(ctx);
	return {
		status: 200,
		body: {
			id: 1,
			node_id: "R_1",
			name: ctx.name,
			full_name: `${ctx.owner}/${ctx.name}`,
			owner: { login: ctx.owner, id: 1, type: "User", url: `${ctx.apiUrl}/users/${ctx.owner}`, html_url: `${ctx.webUrl}/${ctx.owner}` },
			private: false,
			html_url: `${ctx.webUrl}/${ctx.owner}/${ctx.name}`,
			url,
			default_branch: ctx.defaultBranch,
			size: (await ctx.repo.isEmpty()) ? 0 : 1,
			permissions: { admin: false, maintain: false, push: ctx.canWrite, triage: ctx.canWrite, pull: true },
		},
	};
}

export async function getBranch(ctx: RouteContext): Promise<RouteAnswer> {
	const branch = ctx.params[0];
	const sha = await ctx.repo.branchHead(branch);
	if (!sha) return error(404, "Branch not found");
	const commit = await ctx.repo.readCommit(sha);
	const full = commitJson(ctx, sha, commit);
	const url = repoUrl(ctx);
	return {
		status: 200,
		body: {
			name: branch,
			commit: {
				sha,
				node_id: full.node_id,
				url: full.url,
				html_url: full.html_url,
				comments_url: `${url}/commits/${sha}/comments`,
				commit: { ...full, comment_count: 0 },
				author: null,
				committer: null,
				parents: full.parents,
			},
			_links: { self: `${url}/branches/${branch}`, html: `${ctx.webUrl}/${ctx.owner}/${ctx.name}/tree/${branch}` },
			protected: false,
			protection: { enabled: false, required_status_checks: { enforcement_level: "off", contexts: [], checks: [] } },
			protection_url: `${url}/branches/${branch}/protection`,
		},
	};
}

async function blobAt(ctx: RouteContext, head: string | undefined | null, path: string): Promise<{ sha: string; size: number } | null> {
	if (!head) return null;
	const entry = (await ctx.repo.lsTree(head, true)).find((e) => e.path === path && e.type === "blob");
	return entry ? { sha: entry.sha, size: entry.size ?? 0 } : null;
}

function fileJson(ctx: RouteContext, path: string, sha: string, size: number, branch: string) {
	const url = repoUrl(ctx);
	const self = `${url}/contents/${path}?ref=${branch}`;
	const html = `${ctx.webUrl}/${ctx.owner}/${ctx.name}/blob/${branch}/${path}`;
	const git = `${url}/git/blobs/${sha}`;
	return { type: "file", name: path.split("/").pop()!, path, sha, size, url: self, git_url: git, html_url: html, download_url: `${ctx.webUrl}/raw/${path}`, _links: { self, git, html } };
}

export async function getContents(ctx: RouteContext): Promise<RouteAnswer> {
	const heads = await ctx.repo.heads();
	if (heads.size === 0) return error(404, "This repository is empty.");
	const path = ctx.params[0];
	const ref = ctx.query.get("ref") ?? ctx.defaultBranch;
	const blob = await blobAt(ctx, heads.get(ref), path);
	if (!blob) return error(404, "Not Found");
	// GitHub wraps the Base64 at 60 characters.
	const content = ((await ctx.repo.readBlob(blob.sha)).toString("base64").match(/.{1,60}/g) ?? []).join("\n");
	return { status: 200, body: { ...fileJson(ctx, path, blob.sha, blob.size, ref), encoding: "base64", content } };
}

/** Creates or updates one file as one commit: the only write GitHub allows on an empty repository. */
export async function putContents(ctx: RouteContext): Promise<RouteAnswer> {
	const path = ctx.params[0];
	const branch = typeof ctx.body.branch === "string" ? ctx.body.branch : ctx.defaultBranch;
	const content = String(ctx.body.content);
	if (!isBase64(content)) return error(422, "content is not valid Base64");
	const heads = await ctx.repo.heads();
	const empty = heads.size === 0;
	const head = heads.get(branch) ?? null;
	if (!empty && !head) return error(404, `Branch ${branch} not found`);
	const existing = await blobAt(ctx, head, path);
	if (existing && ctx.body.sha === undefined) return error(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
	if (existing && ctx.body.sha !== existing.sha) return error(409, `${path} does not match ${String(ctx.body.sha)}`);
	const blob = await ctx.repo.writeBlob(Buffer.from(content, "base64"));
	const baseTree = head ? (await ctx.repo.readCommit(head)).tree : null;
	const tree = await ctx.repo.buildTree(baseTree, [{ path, mode: "100644", sha: blob }]);
	const now = new Date();
	const author = personFrom(ctx.body.author, ctx.tokenOwner, now);
	const committer = personFrom(ctx.body.committer, author, now);
	const sha = await ctx.repo.commitTree({ tree, parents: head ? [head] : [], message: String(ctx.body.message), author, committer });
	if (!(await ctx.repo.updateBranch(branch, sha, head ?? ZERO_SHA))) return error(409, "reference changed meanwhile");
	const size = (await ctx.repo.readBlob(blob)).length;
	return {
		status: existing ? 200 : 201,
		body: { content: fileJson(ctx, path, blob, size, branch), commit: commitJson(ctx, sha, await ctx.repo.readCommit(sha)) },
	};
}
