/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { PublishChanges } from "../../../src/publish/targets/publish-target";
import { git } from "../../github-server/bare-repo";
import { GitHubTestServer } from "../../github-server/github-api-server";
import { diffNames, filesOnBranch, seed, targetFor } from "../../github-server/harness";
import { caught } from "./github/caught-github-error";

const TOKEN = "fake-token-testTokenThatMustNeverLeak000000000001";
const READ_ONLY = "fake-token-readOnlyTokenThatMustNeverLeak0000002";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0xff]);
const AUTHOR = { name: "김학습", email: "learner@example.invalid" };

let server: GitHubTestServer;
beforeEach(async () => {
	server = await GitHubTestServer.start({ token: TOKEN, readOnlyToken: READ_ONLY });
});
afterEach(async () => {
	expect(server.violations).toEqual([]);
	await server.close();
});

const site: PublishChanges = {
	write: [
		{ path: "_posts/2021-08-09-day1.md", content: "---\ntitle: \"Day1 학습기록\"\n---\n첫날\n" },
		{ path: "_posts/2021-08-10-day2.md", content: "둘째 날\n" },
		{ path: "_posts/topics/2021-08-11-big-o.md", content: "# Big-O 표기법\n" },
		{ path: "assets/images/loss-curve.png", content: PNG },
	],
	delete: [],
};

describe("GitHubTarget against a GitHub API backed by a real git repository", () => {
	test("initialises an empty repository and publishes every file byte for byte", async () => {
		const { target } = targetFor(server, { token: TOKEN, author: AUTHOR });
		const result = await target.apply(site, { message: "Publish {{written}} posts" });
		expect(result.written.sort()).toEqual(site.write.map((f) => f.path).sort());
		const files = await filesOnBranch(server);
		expect(Object.keys(files).sort()).toEqual(site.write.map((f) => f.path).sort());
		expect(files["_posts/2021-08-09-day1.md"]).toBe(site.write[0].content);
		const head = (await server.repo.branchHead("main"))!;
		const png = (await server.repo.lsTree(head, true)).find((e) => e.path === "assets/images/loss-curve.png")!;
		expect(new Uint8Array(await server.repo.readBlob(png.sha))).toEqual(PNG);
		expect((await server.repo.readCommit(head)).author).toMatchObject(AUTHOR);
		expect(result.commitUrl).toContain(head);
	});

	test("publishes onto an existing blog as one commit that leaves the owner's files alone", async () => {
		const before = await seed(server, { "_config.yml": "title: 블로그\n", "index.md": "home\n", "_posts/2020-01-01-mine.md": "mine\n" });
		const { target } = targetFor(server, { token: TOKEN, author: AUTHOR });
		await target.apply(site, { message: "Publish {{written}} posts, delete {{deleted}}" });
		const head = (await server.repo.branchHead("main"))!;
		const commit = await server.repo.readCommit(head);
		expect(commit.parents).toEqual([before]);
		expect(commit.message).toBe("Publish 4 posts, delete 0");
		expect(await diffNames(server, before, head)).toEqual(site.write.map((f) => `A\t${f.path}`).sort());
	});

	test("a change, a deletion and a rename make exactly one commit with exactly those changes", async () => {
		const { target } = targetFor(server, { token: TOKEN });
		await seed(server, { "README.md": "blog\n" });
		await target.apply(site, { message: "first" });
		const before = (await server.repo.branchHead("main"))!;
		const next: PublishChanges = {
			write: [
				{ path: "_posts/2021-08-09-day1.md", content: "---\ntitle: \"Day1 학습기록\"\n---\n첫날, 고쳐 씀\n" },
				{ path: "_posts/topics/2021-08-11-big-o-notation.md", content: "# Big-O 표기법\n" },
				{ path: "assets/images/loss-curve.png", content: PNG },
			],
			delete: ["_posts/2021-08-10-day2.md", "_posts/topics/2021-08-11-big-o.md", "_posts/never-published.md"],
		};
		const result = await target.apply(next, { message: "Publish {{written}}, delete {{deleted}}" });
		expect(result).toMatchObject({ deleted: ["_posts/2021-08-10-day2.md", "_posts/topics/2021-08-11-big-o.md"], unchanged: ["assets/images/loss-curve.png"] });
		const head = (await server.repo.branchHead("main"))!;
		expect((await server.repo.readCommit(head)).parents).toEqual([before]);
		expect(await diffNames(server, before, head)).toEqual([
			"A\t_posts/topics/2021-08-11-big-o-notation.md",
			"D\t_posts/2021-08-10-day2.md",
			"D\t_posts/topics/2021-08-11-big-o.md",
			"M\t_posts/2021-08-09-day1.md",
		]);
		// What a reader of the blog would clone.
		const clone = mkdtempSync(join(tmpdir(), "github-target-clone-"));
		try {
			await git(["clone", "--quiet", server.repo.dir, clone]);
			expect(readFileSync(join(clone, "_posts/2021-08-09-day1.md"), "utf8")).toContain("고쳐 씀");
			expect((await git(["-C", clone, "rev-list", "--count", "HEAD"])).trim()).toBe("3");
		} finally {
			rmSync(clone, { recursive: true, force: true });
		}
	});

	test("republishing unchanged files makes no commit and at most two requests", async () => {
		await seed(server, { "README.md": "blog\n" });
		const { target } = targetFor(server, { token: TOKEN });
		await target.apply(site, { message: "first" });
		const before = await server.repo.branchHead("main");
		server.resetCounts();
		const result = await target.apply({ ...site, delete: ["_posts/gone-long-ago.md"] }, { message: "again" });
		expect(server.requests.length).toBeLessThanOrEqual(2);
		expect(await server.repo.branchHead("main")).toBe(before);
		expect(result).toEqual({ written: [], deleted: [], unchanged: site.write.map((f) => f.path) });
	});

	test("uploads only images as blobs and reports progress", async () => {
		await seed(server, { "README.md": "blog\n" });
		const { target } = targetFor(server, { token: TOKEN });
		const progress: string[] = [];
		const images = [1, 2, 3].map((n) => ({ path: `assets/img-${n}.png`, content: new Uint8Array([n, 0, 255]) }));
		await target.apply({ write: [...site.write, ...images], delete: [] }, { message: "m", onProgress: (done, total, phase) => progress.push(`${phase} ${done}/${total}`) });
		expect(server.requests.filter((r) => r.path.endsWith("/git/blobs"))).toHaveLength(4);
		expect(progress[0]).toBe("upload 0/4");
		expect(progress).toContain("upload 4/4");
		expect(progress.slice(-2)).toEqual(["commit 0/1", "commit 1/1"]);
	});

	test("a large publish is sent in several tree requests but lands as one commit", async () => {
		const before = await seed(server, { "README.md": "blog\n" });
		const { target } = targetFor(server, { token: TOKEN, maxTreeRequestChars: 60 });
		await target.apply(site, { message: "m" });
		expect(server.requests.filter((r) => r.method === "POST" && r.path.endsWith("/git/trees")).length).toBeGreaterThan(1);
		const head = (await server.repo.branchHead("main"))!;
		expect((await server.repo.readCommit(head)).parents).toEqual([before]);
		expect(await diffNames(server, before, head)).toEqual(site.write.map((f) => `A\t${f.path}`).sort());
	});

	test("a file list GitHub truncates is read folder by folder, so nothing is missed", async () => {
		await server.close();
		server = await GitHubTestServer.start({ token: TOKEN, recursiveTreeLimit: 3 });
		await seed(server, { "README.md": "blog\n", "_posts/old.md": "old\n", "_posts/2021-08-09-day1.md": "first\n" });
		const { target } = targetFor(server, { token: TOKEN });
		const result = await target.apply({ write: site.write, delete: ["_posts/old.md"] }, { message: "m" });
		expect(result.deleted).toEqual(["_posts/old.md"]);
		expect(server.requests.filter((r) => r.path.includes("/git/trees/")).length).toBeGreaterThan(1);
		expect(Object.keys(await filesOnBranch(server)).sort()).toEqual(["README.md", ...site.write.map((f) => f.path)].sort());
	});

	test("reads site files such as _config.yml, and null when absent", async () => {
		const { target } = targetFor(server, { token: TOKEN });
		expect(await target.readText("_config.yml")).toBeNull();
		await seed(server, { "_config.yml": "timezone: Asia/Seoul\ntitle: 학습 블로그\n" });
		expect(await target.readText("_config.yml")).toBe("timezone: Asia/Seoul\ntitle: 학습 블로그\n");
		expect(await target.readText("missing.yml")).toBeNull();
	});

	test("a missing branch, a missing repository and a read-only token fail clearly and change nothing", async () => {
		const head = await seed(server, { "README.md": "blog\n" });
		expect((await caught(targetFor(server, { token: TOKEN, branch: "gh-pages" }).target.apply(site, { message: "m" }))).code).toBe("branch-missing");
		expect((await caught(targetFor(server, { token: READ_ONLY }).target.apply(site, { message: "m" }))).code).toBe("forbidden");
		const other = targetFor(server, { token: TOKEN, repositoryName: "nothere" });
		expect((await caught(other.target.apply(site, { message: "m" }))).code).toBe("not-found");
		expect(await server.repo.branchHead("main")).toBe(head);
		expect(await server.repo.commitCount("main")).toBe(1);
	});

	test("refuses paths that leave the site before sending anything", async () => {
		const { target } = targetFor(server, { token: TOKEN });
		for (const path of ["../outside.md", ".git/config", "/abs.md"]) {
			expect((await caught(target.apply({ write: [{ path, content: "x" }], delete: [] }, { message: "m" }))).code).toBe("invalid-path");
			expect((await caught(target.apply({ write: [], delete: [path] }, { message: "m" }))).code).toBe("invalid-path");
		}
		const twice = { write: [{ path: "_posts/a.md", content: "1" }, { path: "_posts/a.md", content: "2" }], delete: [] };
		expect((await caught(target.apply(twice, { message: "m" }))).code).toBe("invalid-path");
		expect(server.requests).toHaveLength(0);
	});
});
