import { renderCommitMessage } from "../../../../src/publish/targets/github/commit-message";
import type { RemoteEntry } from "../../../../src/publish/targets/github/github-git-api";
import { chunkTreeEntries, planTreeChanges, treeEntriesFor, unsafeSitePath, type HashedFile } from "../../../../src/publish/targets/github/tree-plan";

const blob = (sha: string, mode = "100644"): RemoteEntry => ({ sha, mode, type: "blob" });
const remote = new Map<string, RemoteEntry>([
	["_posts/same.md", blob("a".repeat(40))],
	["_posts/changed.md", blob("b".repeat(40))],
	["_posts/old.md", blob("c".repeat(40))],
	["scripts/run.sh", blob("d".repeat(40), "100755")],
	["_posts", { sha: "e".repeat(40), mode: "040000", type: "tree" }],
]);

describe("planTreeChanges", () => {
	const files: HashedFile[] = [
		{ path: "_posts/same.md", content: "same", blobSha: "a".repeat(40) },
		{ path: "_posts/changed.md", content: "new", blobSha: "f".repeat(40) },
		{ path: "_posts/new.md", content: "new", blobSha: "1".repeat(40) },
		{ path: "assets/img.png", content: new Uint8Array([1, 2]), blobSha: "2".repeat(40) },
	];

	test("sends only new and changed files, deletes only what exists and is not rewritten", () => {
		const plan = planTreeChanges(files, ["_posts/old.md", "_posts/missing.md", "_posts/changed.md", "_posts"], remote);
		expect(plan.writes.map((f) => f.path)).toEqual(["_posts/changed.md", "_posts/new.md", "assets/img.png"]);
		expect(plan.unchanged).toEqual(["_posts/same.md"]);
		expect(plan.deletes).toEqual(["_posts/old.md"]);
	});

	test("text goes inline, binaries by blob id, deletions as sha null, modes kept", () => {
		const plan = planTreeChanges(
			[...files, { path: "scripts/run.sh", content: "echo", blobSha: "3".repeat(40) }],
			["_posts/old.md"],
			remote,
		);
		expect(treeEntriesFor(plan, remote)).toEqual([
			{ path: "_posts/changed.md", mode: "100644", type: "blob", content: "new" },
			{ path: "_posts/new.md", mode: "100644", type: "blob", content: "new" },
			{ path: "assets/img.png", mode: "100644", type: "blob", sha: "2".repeat(40) },
			{ path: "scripts/run.sh", mode: "100755", type: "blob", content: "echo" },
			{ path: "_posts/old.md", mode: "100644", type: "blob", sha: null },
		]);
	});
});

describe("unsafeSitePath", () => {
	test.each(["", "/etc/passwd", "a/../../b", "./a", "a//b", ".git/config", "x/.GIT/hooks", "a\\b", "dir/"])("refuses %j", (path) => {
		expect(unsafeSitePath(path)).toBe(true);
	});
	test.each(["_posts/2021-08-10-학습.md", "assets/img/loss curve.png", ".nojekyll", "_config.yml"])("accepts %j", (path) => {
		expect(unsafeSitePath(path)).toBe(false);
	});
});

describe("renderCommitMessage", () => {
	test("fills the counts and leaves unknown placeholders visible", () => {
		expect(renderCommitMessage("Publish {{written}} posts, delete {{ deleted }} ({{total}}) {{oops}}", { written: 3, deleted: 1, unchanged: 9 })).toBe(
			"Publish 3 posts, delete 1 (4) {{oops}}",
		);
	});
	test("an empty template still gives a message", () => {
		expect(renderCommitMessage("  ", { written: 2, deleted: 0, unchanged: 0 })).toBe("Publish from Learning Log: 2 written, 0 deleted");
	});
});

describe("chunkTreeEntries", () => {
	const entry = (path: string, size: number) => ({ path, mode: "100644", type: "blob" as const, content: "x".repeat(size) });
	test("keeps order, bounds each part, and never leaves an entry out", () => {
		const entries = [entry("a", 40), entry("b", 40), entry("c", 200), entry("d", 10), { path: "e", mode: "100644", type: "blob" as const, sha: null }];
		const chunks = chunkTreeEntries(entries, 100);
		expect(chunks.map((chunk) => chunk.map((e) => e.path))).toEqual([["a", "b"], ["c"], ["d", "e"]]);
		expect(chunks.flat()).toEqual(entries);
	});
	test("small publishes take one request", () => {
		expect(chunkTreeEntries([entry("a", 10), entry("b", 10)], 1000)).toHaveLength(1);
	});
});
