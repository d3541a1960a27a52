// The Git Data endpoints (refs, trees, blobs, commits) over the real bare repository.
import { commitJson, error, isBase64, personFrom, refJson, repoUrl, text, type RouteAnswer, type RouteContext } from "./route-context";

const EMPTY = () => error(409, "Git Repository is empty.");

export async function getRef(ctx: RouteContext): Promise<RouteAnswer> {
	const heads = await ctx.repo.heads();
	if (heads.size === 0) return EMPTY();
	const branch = ctx.params[0];
	const sha = heads.get(branch);
	return sha ? { status: 200, body: refJson(ctx, branch, sha) } : error(404, "Not Found");
}

export async function updateRef(ctx: RouteContext): Promise<RouteAnswer> {
	const heads = await ctx.repo.heads();
	if (heads.size === 0) return EMPTY();
	const branch = ctx.params[0];
	const sha = text(ctx.body.sha);
	const current = heads.get(branch);
	if (!current) return error(422, "Reference does not exist");
	if ((await ctx.repo.objectType(sha)) !== "commit") return error(422, "Object does not exist");
	const fastForward = await ctx.repo.isAncestor(current, sha);
	if (!fastForward && ctx.body.force !== true) return error(422, "Update is not a fast forward");
	// Compare-and-swap, like GitHub: a push between our check and the update still loses nothing.
	if (!(await ctx.repo.updateBranch(branch, sha, current))) return error(422, "Update is not a fast forward");
	return { status: 200, body: refJson(ctx, branch, sha) };
}

export async function getTree(ctx: RouteContext): Promise<RouteAnswer> {
	const heads = await ctx.repo.heads();
	if (heads.size === 0) return EMPTY();
	// GitHub takes a tree id or a branch name here.
	const given = ctx.params[0];
	const branchHead = heads.get(given);
	const sha = branchHead ? (await ctx.repo.readCommit(branchHead)).tree : (await ctx.repo.objectType(given)) === "tree" ? given : null;
	if (!sha) return error(404, "Not Found");
	// Any value of `recursive` turns it on, as on GitHub.
	const recursive = ctx.query.has("recursive");
	const entries = await ctx.repo.lsTree(sha, recursive);
	if (recursive && entries.length > ctx.recursiveTreeLimit) return { status: 200, body: treeJson(ctx, sha, entries.slice(0, ctx.recursiveTreeLimit), true) };
	return { status: 200, body: treeJson(ctx, sha, entries) };
}

function treeJson(ctx: RouteContext, sha: string, entries: Awaited<ReturnType<RouteContext["repo"]["lsTree"]>>, truncated = false) {
	return {
		sha,
		url: `${repoUrl(ctx)}/git/trees/${sha}`,
		truncated,
		tree: entries.map((entry) => ({
			path: entry.path,
			mode: entry.mode,
			type: entry.type,
			sha: entry.sha,
			...(entry.size !== undefined ? { size: entry.size } : {}),
			url: `${repoUrl(ctx)}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`,
		})),
	};
}

export async function createTree(ctx: RouteContext): Promise<RouteAnswer> {
	if (await ctx.repo.isEmpty()) return EMPTY();
	const base = ctx.body.base_tree === undefined ? null : text(ctx.body.base_tree);
	if (base && (await ctx.repo.objectType(base)) !== "tree") return error(422, "Invalid tree info: base_tree does not exist");
	const existing = new Set(base ? (await ctx.repo.lsTree(base, true)).filter((e) => e.type === "blob").map((e) => e.path) : []);
	const raws = ctx.body.tree as Array<Record<string, unknown>>;
	for (const raw of raws) {
		if (raw.sha !== undefined && raw.content !== undefined) return error(422, "Must supply either tree.sha or tree.content, not both");
		if (raw.type !== "blob") return error(422, `Only blobs are supported here, got ${text(raw.type)}`);
		if (raw.sha === null && !existing.has(text(raw.path))) return error(422, `GitHub refuses to delete a path that does not exist: ${text(raw.path)}`);
	}
	// Batched: one git call for every inline content, one for every referenced blob.
	const inline = raws.filter((raw) => raw.content !== undefined);
	const written = await ctx.repo.writeBlobs(inline.map((raw) => Buffer.from(text(raw.content), "utf8")));
	const referenced = raws.filter((raw) => typeof raw.sha === "string");
	const types = await ctx.repo.objectTypes(referenced.map((raw) => text(raw.sha)));
	const missing = referenced.find((_, i) => types[i] !== "blob");
	if (missing) return error(422, `Invalid tree info: ${text(missing.path)}`);
	const entries = raws.map((raw) => ({
		path: text(raw.path),
		mode: text(raw.mode),
		sha: raw.content !== undefined ? written[inline.indexOf(raw)] : raw.sha === null ? null : text(raw.sha),
	}));
	const sha = await ctx.repo.buildTree(base, entries);
	return { status: 201, body: treeJson(ctx, sha, await ctx.repo.lsTree(sha, false)) };
}

export async function createBlob(ctx: RouteContext): Promise<RouteAnswer> {
	if (await ctx.repo.isEmpty()) return EMPTY();
	const content = text(ctx.body.content);
	const encoding = ctx.body.encoding ?? "utf-8";
	if (encoding === "base64" && !isBase64(content)) return error(422, "content is not valid Base64");
	const sha = await ctx.repo.writeBlob(Buffer.from(content, encoding === "base64" ? "base64" : "utf8"));
	return { status: 201, body: { url: `${repoUrl(ctx)}/git/blobs/${sha}`, sha } };
}

export async function createCommit(ctx: RouteContext): Promise<RouteAnswer> {
	if (await ctx.repo.isEmpty()) return EMPTY();
	const tree = text(ctx.body.tree);
	const parents = ((ctx.body.parents as unknown[] | undefined) ?? []).map(String);
	const [treeType, ...parentTypes] = await ctx.repo.objectTypes([tree, ...parents]);
	if (treeType !== "tree") return error(422, "Tree SHA does not exist");
	if (parentTypes.some((type) => type !== "commit")) return error(422, "Parent SHA does not exist or is not a commit object");
	const now = new Date();
	const author = personFrom(ctx.body.author, ctx.tokenOwner, now);
	const committer = personFrom(ctx.body.committer, author, now);
	const message = text(ctx.body.message);
	const sha = await ctx.repo.commitTree({ tree, parents, message, author, committer });
	return { status: 201, body: commitJson(ctx, sha, await ctx.repo.readCommit(sha)) };
}
