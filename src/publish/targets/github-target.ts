import { gitBlobHash, toBytes } from "./git-blob-hash";
import { base64ToBytes, bytesToBase64 } from "./github/base64";
import { renderCommitMessage } from "./github/commit-message";
import { GitHubError } from "./github/github-errors";
import { InitialCommitOnlyError } from "../publish-errors";
import type { BranchHead, CommitAuthor, GitHubGitApi, RemoteEntry } from "./github/github-git-api";
import { chunkTreeEntries, isEmptyPlan, planTreeChanges, treeEntriesFor, unsafeSitePath, type HashedFile, type TreePlan } from "./github/tree-plan";
import type { ApplyProgress, ApplyResult, PublishChanges, PublishSession, PublishTarget, SiteSurvey } from "./publish-target";

export interface GitHubTargetOptions {
	api: GitHubGitApi;
	branch: string;
	/** Omitted: GitHub records the token's owner. */
	author?: CommitAuthor;
	/** How often to rebuild on a branch that moved meanwhile before giving up. */
	maxRaceRetries?: number;
	/** Image uploads in flight at once. GitHub's best practices ask for serial requests (secondary rate limits), hence 1 by default. */
	uploadConcurrency?: number;
	/** Inline text per tree request, in characters; larger publishes take several requests. */
	maxTreeRequestChars?: number;
}

const DEFAULT_MAX_TREE_REQUEST_CHARS = 4_000_000;

type FoundHead = Extract<BranchHead, { kind: "found" }>;

/**
 * Publishes to a GitHub branch as one commit with a handful of requests, whatever the number of
 * files: read the head and its tree, leave out files whose blob id matches, upload only images,
 * send text inline in one new tree, commit, and move the branch last, without force. Until that
 * last step the branch is untouched, so any failure leaves the repository as it was.
 */
export class GitHubTarget implements PublishTarget {
	readonly kind = "github";
	private readonly maxRaceRetries: number;
	private readonly uploadConcurrency: number;
	/** The head and tree listPaths read, taken over by the survey that follows in the same publish. */
	private listed: { head: FoundHead | { kind: "empty" }; remote: Map<string, RemoteEntry> } | null = null;
	/** The head and tree the survey read; apply starts from them instead of reading them again. */
	private surveyed: { head: FoundHead; remote: Map<string, RemoteEntry> } | null = null;

	constructor(private readonly options: GitHubTargetOptions) {
		this.maxRaceRetries = options.maxRaceRetries ?? 3;
		this.uploadConcurrency = options.uploadConcurrency ?? 1;
	}

	/** GitHub serialises pushes itself: moving the branch without force is the lock. */
	begin(): Promise<PublishSession> {
		return Promise.resolve({ finish: () => Promise.resolve() });
	}

	/** The branch's file list: every file and its blob id, from one read of the tree (reused by apply). */
	async survey(folders: readonly string[]): Promise<SiteSurvey> {
		const { head, remote } = this.listed ?? (await this.readTree());
		this.listed = null;
		this.surveyed = head.kind === "found" ? { head, remote } : null;
		const prefixes = folders.map((folder) => `${folder.trim().replace(/^\/+|\/+$/g, "")}/`).filter((prefix) => prefix !== "/");
		const existing = new Set([...remote.keys()].filter((path) => prefixes.some((prefix) => path.startsWith(prefix))));
		return {
			existing,
			blobOf: (path) => Promise.resolve(remote.get(path)?.type === "blob" ? remote.get(path)!.sha : null),
			interrupted: new Map(),
		};
	}

	async readText(path: string): Promise<string | null> {
		if (unsafeSitePath(path)) throw new GitHubError("invalid-path", { subject: path });
		const base64 = await this.options.api.getFileBase64(path, this.options.branch);
		return base64 === null ? null : new TextDecoder().decode(base64ToBytes(base64));
	}

	/** Every file of the branch; the survey that follows uses the same read (one tree read a publish). */
	async listPaths(): Promise<ReadonlySet<string>> {
		this.listed = await this.readTree();
		return new Set(this.listed.remote.keys());
	}

	private async readTree(): Promise<{ head: FoundHead | { kind: "empty" }; remote: Map<string, RemoteEntry> }> {
		const head = await this.readHead();
		return { head, remote: head.kind === "found" ? await this.options.api.getTreeBlobs(head.treeSha) : new Map<string, RemoteEntry>() };
	}

	async apply(changes: PublishChanges, options: { message: string; onProgress?: ApplyProgress }): Promise<ApplyResult> {
		const files = await hashFiles(changes);
		const initialised: string[] = [];
		const surveyed = this.surveyed;
		this.surveyed = null;
		let head = surveyed?.head ?? (await this.readHead());
		if (head.kind === "empty") {
			if (files.length === 0) return { written: [], deleted: [], unchanged: [] };
			const first = await this.initialiseEmptyRepository(files, options.message);
			if (first) initialised.push(first);
			try {
				head = await this.readHead();
				if (head.kind !== "found") throw new GitHubError("branch-missing", { subject: this.options.branch });
				return await this.publishOnHead(head, files, changes, initialised, options);
			} catch (error) {
				// The repository is not empty any more: say what it holds now, never "nothing was changed".
				throw initialised.length > 0 ? new InitialCommitOnlyError(initialised[0], error) : error;
			}
		}
		return this.publishOnHead(head, files, changes, initialised, options, surveyed);
	}

	private async publishOnHead(
		start: FoundHead,
		files: HashedFile[],
		changes: PublishChanges,
		initialised: string[],
		options: { message: string; onProgress?: ApplyProgress },
		surveyed?: { head: FoundHead; remote: Map<string, RemoteEntry> } | null,
	): Promise<ApplyResult> {
		let head = start;
		const uploaded = new Set<string>();
		for (let race = 0; ; race++) {
			// A branch that moved since is caught when it is updated (not a fast-forward): rebuilt then.
			const remote = race === 0 && surveyed?.head === head ? surveyed.remote : await this.options.api.getTreeBlobs(head.treeSha);
			const plan = planTreeChanges(files, changes.delete, remote);
			const unchanged = plan.unchanged.filter((path) => !initialised.includes(path));
			if (isEmptyPlan(plan)) return { written: initialised, deleted: [], unchanged };
			const result = await this.commitPlan(head, plan, remote, uploaded, options);
			if (result.kind === "committed") {
				return { written: [...initialised, ...plan.writes.map((f) => f.path)], deleted: plan.deletes, unchanged, commitUrl: result.url, commitSha: result.sha };
			}
			if (race >= this.maxRaceRetries) throw new GitHubError("conflict", { subject: this.options.branch });
			// Rebuild on the commit that beat us; our uploaded images are reused.
			if (result.head.kind !== "found") throw new GitHubError("branch-missing", { subject: this.options.branch });
			head = result.head;
		}
	}

	private async readHead(): Promise<FoundHead | { kind: "empty" }> {
		const head = await this.options.api.getBranchHead(this.options.branch);
		if (head.kind === "missing") throw new GitHubError("branch-missing", { subject: this.options.branch });
		return head;
	}

	private async commitPlan(
		head: FoundHead,
		plan: TreePlan,
		remote: ReadonlyMap<string, RemoteEntry>,
		uploaded: Set<string>,
		options: { message: string; onProgress?: ApplyProgress },
	): Promise<{ kind: "committed"; url: string; sha: string } | { kind: "moved"; head: BranchHead }> {
		const { api, branch, author } = this.options;
		await this.uploadBinaries(plan.writes, uploaded, options.onProgress);
		options.onProgress?.(0, 1, "commit");
		let tree = head.treeSha;
		for (const chunk of chunkTreeEntries(treeEntriesFor(plan, remote), this.options.maxTreeRequestChars ?? DEFAULT_MAX_TREE_REQUEST_CHARS)) {
			tree = await api.createTree(tree, chunk);
		}
		const counts = { written: plan.writes.length, deleted: plan.deletes.length, unchanged: plan.unchanged.length };
		const message = renderCommitMessage(options.message, counts);
		const commit = await api.createCommit({ message, tree, parents: [head.commitSha], ...(author ? { author } : {}) });
		const moved = await api.updateBranch(branch, commit.sha);
		if (moved === "not-fast-forward") {
			// A retried update whose first attempt had in fact landed also ends here: check.
			const now = await api.getBranchHead(branch);
			if (now.kind !== "found" || now.commitSha !== commit.sha) return { kind: "moved", head: now };
		}
		options.onProgress?.(1, 1, "commit");
		return { kind: "committed", url: commit.htmlUrl, sha: commit.sha };
	}

	/** Blobs are content-addressed: one uploaded before a lost race is reused as is. */
	private async uploadBinaries(writes: readonly HashedFile[], uploaded: Set<string>, onProgress?: ApplyProgress): Promise<void> {
		const pending = writes.filter((file) => typeof file.content !== "string" && !uploaded.has(file.blobSha));
		let done = 0;
		if (pending.length > 0) onProgress?.(0, pending.length, "upload");
		const queue = [...pending];
		const worker = async (): Promise<void> => {
			for (let file = queue.shift(); file; file = queue.shift()) {
				const sha = await this.options.api.createBlob(bytesToBase64(toBytes(file.content)));
				if (sha !== file.blobSha) throw new GitHubError("unexpected", { subject: `blob id mismatch for ${file.path}` });
				uploaded.add(sha);
				onProgress?.(++done, pending.length, "upload");
			}
		};
		await Promise.all(Array.from({ length: Math.min(this.uploadConcurrency, pending.length) }, worker));
	}

	/** The Git Data API refuses an empty repository; the contents API gives it its first commit. */
	private async initialiseEmptyRepository(files: readonly HashedFile[], template: string): Promise<string> {
		const first = files.find((file) => typeof file.content === "string") ?? files[0];
		const message = renderCommitMessage(template, { written: 1, deleted: 0, unchanged: 0 });
		const { api, branch, author } = this.options;
		const outcome = await api.createFile({ path: first.path, base64: bytesToBase64(toBytes(first.content)), message, branch, author });
		return outcome === "created" ? first.path : "";
	}
}

async function hashFiles(changes: PublishChanges): Promise<HashedFile[]> {
	const byPath = new Map<string, HashedFile>();
	for (const file of changes.write) {
		if (unsafeSitePath(file.path)) throw new GitHubError("invalid-path", { subject: file.path });
		// Two different contents for one path: a converter bug that must not pick a winner silently.
		if (byPath.has(file.path)) throw new GitHubError("invalid-path", { subject: `${file.path} is written twice` });
		byPath.set(file.path, { path: file.path, content: file.content, blobSha: await gitBlobHash(file.content) });
	}
	for (const path of changes.delete) if (unsafeSitePath(path)) throw new GitHubError("invalid-path", { subject: path });
	return [...byPath.values()];
}
