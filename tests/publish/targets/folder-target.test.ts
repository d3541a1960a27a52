/** @jest-environment node */
import { promises as fs, mkdtempSync, readdirSync, symlinkSync, writeFileSync, mkdirSync, readFileSync, existsSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FolderTarget } from "../../../src/publish/targets/folder-target";
import { siteDiskFromNode, type SiteDisk } from "../../../src/publish/targets/site-disk";
import { syncSiteDisk } from "../../../src/node/node-site-disk";
import { assertSafeSitePath, SitePathError } from "../../../src/publish/targets/site-path";

// The plugin's disk (fs.promises) and the CLI's (synchronous calls) must behave alike.
const disks: Array<[string, () => Promise<SiteDisk>]> = [
	["fs.promises", () => Promise.resolve(siteDiskFromNode(fs, path))],
	["synchronous calls", () => Promise.resolve(syncSiteDisk())],
];

function freshSite(): { root: string; outside: string } {
	const base = mkdtempSync(path.join(tmpdir(), "ll-folder-"));
	const root = path.join(base, "site");
	const outside = path.join(base, "outside");
	mkdirSync(root);
	mkdirSync(outside);
	return { root, outside };
}

function listTree(root: string): string[] {
	const found: string[] = [];
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
			else found.push(rel);
		}
	};
	walk(root, "");
	return found.sort();
}

const message = { message: "publish" };

describe("assertSafeSitePath", () => {
	test.each(["", "/etc/passwd", "../x.md", "a/../../x.md", "a//b.md", "./a.md", "C:/x.md", "a\\..\\x.md", ".git/config", "a/.GIT/hooks/x", "a\0b"])(
		"refuses %j",
		(unsafe) => {
			expect(() => assertSafeSitePath(unsafe)).toThrow(SitePathError);
		},
	);

	test.each(["_posts/2021-08-10-학습기록.md", "assets/img/loss-curve.png", ".github/workflows/x.yml", "a..b/c.md"])("accepts %j", (safe) => {
		expect(() => assertSafeSitePath(safe)).not.toThrow();
	});
});

describe.each(disks)("FolderTarget on %s", (_name, nodeDisk) => {
	test("writes new files with their folders, then skips identical ones on the next apply", async () => {
		const { root } = freshSite();
		const target = new FolderTarget(root, nodeDisk);
		const png = new Uint8Array([137, 80, 78, 71, 0, 255]);
		const changes = {
			write: [
				{ path: "_posts/2021-08-10-학습기록.md", content: "---\ntitle: x\n---\n본문\n" },
				{ path: "assets/img/a.png", content: png },
			],
			delete: [],
		};
		const first = await target.apply(changes, message);
		expect(first.written.sort()).toEqual(["_posts/2021-08-10-학습기록.md", "assets/img/a.png"]);
		expect(readFileSync(path.join(root, "_posts/2021-08-10-학습기록.md"), "utf8")).toBe("---\ntitle: x\n---\n본문\n");
		expect(new Uint8Array(readFileSync(path.join(root, "assets/img/a.png")))).toEqual(png);
		const mtime = statSync(path.join(root, "assets/img/a.png")).mtimeMs;

		const again = await new FolderTarget(root, nodeDisk).apply(changes, message);
		expect(again).toEqual({ written: [], deleted: [], unchanged: ["_posts/2021-08-10-학습기록.md", "assets/img/a.png"] });
		expect(statSync(path.join(root, "assets/img/a.png")).mtimeMs).toBe(mtime);
		expect(listTree(root)).toEqual(["_posts/2021-08-10-학습기록.md", "assets/img/a.png"]);
	});

	test("rewrites a changed file and deletes only what it is told, pruning emptied folders", async () => {
		const { root } = freshSite();
		mkdirSync(path.join(root, "_posts/ai"), { recursive: true });
		writeFileSync(path.join(root, "_posts/ai/2021-01-01-old.md"), "old");
		writeFileSync(path.join(root, "_posts/2021-01-02-mine.md"), "v1");
		writeFileSync(path.join(root, "_posts/2020-01-01-hand-written.md"), "not ours");
		const result = await new FolderTarget(root, nodeDisk).apply(
			{ write: [{ path: "_posts/2021-01-02-mine.md", content: "v2" }], delete: ["_posts/ai/2021-01-01-old.md", "_posts/gone.md"] },
			message,
		);
		expect(result).toEqual({ written: ["_posts/2021-01-02-mine.md"], deleted: ["_posts/ai/2021-01-01-old.md"], unchanged: [] });
		expect(listTree(root)).toEqual(["_posts/2020-01-01-hand-written.md", "_posts/2021-01-02-mine.md"]);
		expect(existsSync(path.join(root, "_posts/ai"))).toBe(false);
		expect(readFileSync(path.join(root, "_posts/2021-01-02-mine.md"), "utf8")).toBe("v2");
	});

	test("refuses a path that leaves the site before changing anything", async () => {
		const { root, outside } = freshSite();
		const target = new FolderTarget(root, nodeDisk);
		await expect(
			target.apply({ write: [{ path: "_posts/ok.md", content: "x" }, { path: "../outside/evil.md", content: "x" }], delete: [] }, message),
		).rejects.toThrow(SitePathError);
		expect(listTree(root)).toEqual([]);
		expect(listTree(outside)).toEqual([]);
	});

	test("refuses to write or delete through a symlink that points outside the site", async () => {
		const { root, outside } = freshSite();
		symlinkSync(outside, path.join(root, "assets"));
		writeFileSync(path.join(outside, "victim.png"), "keep");
		symlinkSync(path.join(outside, "victim.png"), path.join(root, "linked.png"));
		const target = new FolderTarget(root, nodeDisk);
		await expect(target.apply({ write: [{ path: "assets/img/x.png", content: "x" }], delete: [] }, message)).rejects.toMatchObject({ code: "outside-site" });
		await expect(target.apply({ write: [], delete: ["assets/victim.png"] }, message)).rejects.toMatchObject({ code: "outside-site" });
		await expect(target.apply({ write: [{ path: "linked.png", content: "x" }], delete: [] }, message)).rejects.toMatchObject({ code: "outside-site" });
		expect(listTree(outside)).toEqual(["victim.png"]);
		expect(readFileSync(path.join(outside, "victim.png"), "utf8")).toBe("keep");
	});

	test("a symlinked folder that stays inside the site is fine", async () => {
		const { root } = freshSite();
		mkdirSync(path.join(root, "real"));
		symlinkSync(path.join(root, "real"), path.join(root, "alias"));
		const result = await new FolderTarget(root, nodeDisk).apply({ write: [{ path: "alias/x.md", content: "x" }], delete: [] }, message);
		expect(result.written).toEqual(["alias/x.md"]);
		expect(readFileSync(path.join(root, "real/x.md"), "utf8")).toBe("x");
	});

	test("a file that cannot be written fails alone; the others are written and no temporary stays", async () => {
		const { root } = freshSite();
		writeFileSync(path.join(root, "keep.md"), "before");
		mkdirSync(path.join(root, "blocked.md"));
		const target = new FolderTarget(root, nodeDisk);
		const result = await target.apply(
			{ write: [{ path: "keep.md", content: "after" }, { path: "new/dir/a.md", content: "a" }, { path: "blocked.md", content: "x" }], delete: [] },
			message,
		);
		expect(result.written.sort()).toEqual(["keep.md", "new/dir/a.md"]);
		expect(result.failed).toEqual([{ path: "blocked.md", message: expect.stringContaining("not-a-file") as string }]);
		expect(readFileSync(path.join(root, "keep.md"), "utf8")).toBe("after");
		expect(listTree(root)).toEqual(["keep.md", "new/dir/a.md"]);
		expect(readdirSync(root).filter((name) => name.startsWith("."))).toEqual([]);
	});

	test("reads a site file as text, null when missing, and reports a missing site folder", async () => {
		const { root } = freshSite();
		writeFileSync(path.join(root, "_config.yml"), "baseurl: /blog\n");
		const target = new FolderTarget(root, nodeDisk);
		expect(await target.readText("_config.yml")).toBe("baseurl: /blog\n");
		expect(await target.readText("nope.yml")).toBeNull();
		await expect(new FolderTarget(path.join(root, "missing"), nodeDisk).readText("_config.yml")).rejects.toMatchObject({ code: "missing-folder" });
	});

	test("refuses two contents for the same path before writing anything", async () => {
		const { root } = freshSite();
		await expect(
			new FolderTarget(root, nodeDisk).apply({ write: [{ path: "a.md", content: "1" }, { path: "a.md", content: "2" }], delete: [] }, message),
		).rejects.toMatchObject({ code: "duplicate-path" });
		expect(listTree(root)).toEqual([]);
	});

	test("reports progress for writes and deletes", async () => {
		const { root } = freshSite();
		const calls: string[] = [];
		await new FolderTarget(root, nodeDisk).apply(
			{ write: [{ path: "a.md", content: "a" }, { path: "b.md", content: "b" }], delete: [] },
			{ message: "m", onProgress: (done, total, phase) => calls.push(`${phase} ${done}/${total}`) },
		);
		expect(calls).toEqual(["write 1/2", "write 2/2"]);
	});

	test("within a locked run, a path the survey found empty or hashed is written without another look", async () => {
		const { root } = freshSite();
		mkdirSync(path.join(root, "_posts"));
		writeFileSync(path.join(root, "_posts/old.md"), "old\n");
		mkdirSync(path.join(root, "_posts/in-the-way.md"));
		const looked: string[] = [];
		const counting = async (): Promise<SiteDisk> => {
			const disk = await nodeDisk();
			const watch = (name: string, call: (p: string) => Promise<unknown>) => (p: string) => {
				looked.push(`${name} ${path.relative(root, p)}`);
				return call(p);
			};
			return { ...disk, fs: { ...disk.fs, lstat: watch("lstat", disk.fs.lstat) as typeof disk.fs.lstat, readFile: watch("read", disk.fs.readFile) as typeof disk.fs.readFile } };
		};
		const target = new FolderTarget(root, counting);
		const session = await target.begin();
		const survey = await target.survey(["_posts"]);
		expect(await survey.blobOf("_posts/old.md")).not.toBeNull();
		looked.length = 0;
		const result = await target.apply(
			{
				write: [
					{ path: "_posts/new.md", content: "new\n" },
					{ path: "_posts/old.md", content: "changed\n" },
					{ path: "_posts/in-the-way.md", content: "x\n" },
				],
				delete: [],
			},
			message,
		);
		await session.finish(true);
		expect(result.written.sort()).toEqual(["_posts/new.md", "_posts/old.md"]);
		expect(result.failed).toEqual([expect.objectContaining({ path: "_posts/in-the-way.md" })]);
		expect(readFileSync(path.join(root, "_posts/old.md"), "utf8")).toBe("changed\n");
		// The new path is never looked at, the hashed one never read again; the folder in the way is seen.
		expect(looked.filter((call) => call.endsWith("new.md") || call === "read _posts/old.md")).toEqual([]);
		expect(looked).toContain("lstat _posts/in-the-way.md");
	});
});
