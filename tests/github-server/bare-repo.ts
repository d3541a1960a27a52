// A real bare git repository driven by the `git` command: the storage behind the GitHub test server.
import { spawn } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const ZERO_SHA = "0".repeat(40);

export interface Person {
	name: string;
	email: string;
	/** ISO 8601 */
	date: string;
}

export interface CommitObject {
	tree: string;
	parents: string[];
	author: Person;
	committer: Person;
	message: string;
}

export interface LsTreeEntry {
	mode: string;
	type: "blob" | "tree" | "commit";
	sha: string;
	size?: number;
	path: string;
}

export interface GitResult {
	code: number;
	stdout: Buffer;
	stderr: string;
}

const GIT_ENV = { GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_TERMINAL_PROMPT: "0" };

export function runGit(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Promise<GitResult> {
	return new Promise((resolve, reject) => {
		const stdin = options.input === undefined ? "ignore" : "pipe";
		const child = spawn("git", args, { cwd: options.cwd, env: { ...process.env, ...GIT_ENV, ...options.env }, stdio: [stdin, "pipe", "pipe"] });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
		child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
		child.on("error", reject);
		child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
		if (child.stdin) {
			// git may exit before reading all input (e.g. on an error); its exit code tells.
			child.stdin.on("error", () => undefined);
			child.stdin.end(options.input);
		}
	});
}

export async function git(args: string[], options: Parameters<typeof runGit>[1] = {}): Promise<string> {
	const result = await runGit(args, options);
	if (result.code !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
	return result.stdout.toString("utf8");
}

function personEnv(role: "AUTHOR" | "COMMITTER", person: Person): Record<string, string> {
	return { [`GIT_${role}_NAME`]: person.name, [`GIT_${role}_EMAIL`]: person.email, [`GIT_${role}_DATE`]: person.date };
}

function parsePerson(line: string): Person {
	const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
	if (!match) throw new Error(`bad person line: ${line}`);
	return { name: match[1], email: match[2], date: new Date(Number(match[3]) * 1000).toISOString().replace(/\.000Z$/, "Z") };
}

export class BareRepo {
	private constructor(readonly dir: string) {}

	static async create(defaultBranch = "main"): Promise<BareRepo> {
		const dir = mkdtempSync(join(tmpdir(), "github-server-repo-"));
		await git(["init", "--quiet", "--bare", `--initial-branch=${defaultBranch}`, dir]);
		return new BareRepo(dir);
	}

	remove(): void {
		rmSync(this.dir, { recursive: true, force: true });
	}

	private git(args: string[], options: Parameters<typeof runGit>[1] = {}): Promise<string> {
		return git(["--git-dir", this.dir, ...args], options);
	}

	/** Branch → commit, in one git call (each spawn costs tens of ms inside a test worker). */
	async heads(): Promise<Map<string, string>> {
		const output = await this.git(["for-each-ref", "--format=%(objectname) %(refname)", "refs/heads"]);
		const heads = new Map<string, string>();
		for (const line of output.split("\n").filter(Boolean)) {
			const [sha, ref] = line.split(" ");
			heads.set(ref.slice("refs/heads/".length), sha);
		}
		return heads;
	}

	async isEmpty(): Promise<boolean> {
		return (await this.heads()).size === 0;
	}

	async branchHead(branch: string): Promise<string | null> {
		return (await this.heads()).get(branch) ?? null;
	}

	async objectType(sha: string): Promise<string | null> {
		return (await this.objectTypes([sha]))[0];
	}

	/** The type of each object (null: absent or not an id), with one `cat-file --batch-check`. */
	async objectTypes(shas: string[]): Promise<Array<string | null>> {
		const valid = shas.map((sha) => /^[0-9a-f]{40}$/.test(sha));
		const asked = shas.filter((_, i) => valid[i]);
		if (asked.length === 0) return shas.map(() => null);
		const output = await this.git(["cat-file", "--batch-check=%(objecttype)"], { input: asked.join("\n") + "\n" });
		const answers = output.split("\n");
		let next = 0;
		return shas.map((_, i) => {
			if (!valid[i]) return null;
			const answer = answers[next++];
			return answer.endsWith("missing") ? null : answer;
		});
	}

	async readCommit(sha: string): Promise<CommitObject> {
		const text = await this.git(["cat-file", "commit", sha]);
		const split = text.indexOf("\n\n");
		const headers = text.slice(0, split).split("\n");
		const field = (name: string) => headers.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1));
		return {
			tree: field("tree")[0],
			parents: field("parent"),
			author: parsePerson(field("author")[0]),
			committer: parsePerson(field("committer")[0]),
			message: text.slice(split + 2),
		};
	}

	/** Many blobs with one `cat-file --batch`. */
	async readBlobs(shas: string[]): Promise<Buffer[]> {
		if (shas.length === 0) return [];
		const output = (await runGit(["--git-dir", this.dir, "cat-file", "--batch"], { input: shas.join("\n") + "\n" })).stdout;
		const blobs: Buffer[] = [];
		let offset = 0;
		for (let i = 0; i < shas.length; i++) {
			const headerEnd = output.indexOf(10, offset);
			const size = Number(output.subarray(offset, headerEnd).toString().split(" ")[2]);
			blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
			offset = headerEnd + 1 + size + 1;
		}
		return blobs;
	}

	async readBlob(sha: string): Promise<Buffer> {
		return (await runGit(["--git-dir", this.dir, "cat-file", "blob", sha])).stdout;
	}

	/** `recursive` lists sub-trees and their contents, as GitHub's `?recursive=1` does. */
	async lsTree(treeish: string, recursive: boolean): Promise<LsTreeEntry[]> {
		const output = await this.git(["ls-tree", "-z", "-l", ...(recursive ? ["-r", "-t"] : []), treeish]);
		return output
			.split("\0")
			.filter(Boolean)
			.map((line) => {
				const [meta, path] = line.split("\t");
				const [mode, type, sha, size] = meta.split(/\s+/);
				return { mode, type: type as LsTreeEntry["type"], sha, path, ...(type === "blob" ? { size: Number(size) } : {}) };
			});
	}

	async writeBlob(bytes: Buffer): Promise<string> {
		return (await this.git(["hash-object", "-w", "--stdin"], { input: bytes })).trim();
	}

	/** Many blobs with one `hash-object --stdin-paths`, through scratch files. */
	async writeBlobs(contents: Buffer[]): Promise<string[]> {
		if (contents.length === 0) return [];
		const scratch = mkdtempSync(join(tmpdir(), "github-server-blobs-"));
		try {
			const paths = contents.map((bytes, i) => {
				const path = join(scratch, String(i));
				writeFileSync(path, bytes);
				return path;
			});
			const output = await this.git(["hash-object", "-w", "--no-filters", "--stdin-paths"], { input: paths.join("\n") + "\n" });
			return output.split("\n").filter(Boolean);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	}

	/**
	 * A new tree from `base` (or nothing) with entries set or removed (sha null), through a private
	 * index file, so nested paths get their sub-trees like on GitHub.
	 */
	async buildTree(base: string | null, entries: Array<{ path: string; mode: string; sha: string | null }>): Promise<string> {
		const scratch = mkdtempSync(join(tmpdir(), "github-server-index-"));
		const env = { GIT_INDEX_FILE: join(scratch, "index") };
		try {
			await this.git(base ? ["read-tree", base] : ["read-tree", "--empty"], { env });
			const lines = entries.map((entry) => (entry.sha === null ? `0 ${ZERO_SHA}\t${entry.path}` : `${entry.mode} ${entry.sha}\t${entry.path}`));
			await this.git(["update-index", "--index-info"], { input: lines.join("\n") + "\n", env });
			return (await this.git(["write-tree"], { env })).trim();
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	}

	async commitTree(input: { tree: string; parents: string[]; message: string; author: Person; committer: Person }): Promise<string> {
		const args = ["commit-tree", input.tree, ...input.parents.flatMap((parent) => ["-p", parent])];
		const env = { ...personEnv("AUTHOR", input.author), ...personEnv("COMMITTER", input.committer) };
		// -F - keeps the message byte for byte (no -m paragraph handling).
		return (await this.git([...args, "-F", "-"], { input: input.message, env })).trim();
	}

	/** Compare-and-swap: moves the branch only if it still points at `expected` (ZERO_SHA: absent). */
	async updateBranch(branch: string, sha: string, expected: string): Promise<boolean> {
		const result = await runGit(["--git-dir", this.dir, "update-ref", `refs/heads/${branch}`, sha, expected]);
		return result.code === 0;
	}

	async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
		return (await runGit(["--git-dir", this.dir, "merge-base", "--is-ancestor", ancestor, descendant])).code === 0;
	}

	async commitCount(branch: string): Promise<number> {
		if (!(await this.branchHead(branch))) return 0;
		return Number((await this.git(["rev-list", "--count", `refs/heads/${branch}`])).trim());
	}
}
