/** @jest-environment node */
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { SiteResolver } from "../../../../src/publish/targets/folder/site-resolver";
import { syncSiteDisk } from "../../../../src/node/node-site-disk";

function site(): string {
	const base = realpathSync(mkdtempSync(path.join(tmpdir(), "ll-resolver-")));
	const root = path.join(base, "site");
	mkdirSync(path.join(root, "_posts"), { recursive: true });
	mkdirSync(path.join(base, "outside"));
	writeFileSync(path.join(root, "_posts", "a.md"), "a");
	writeFileSync(path.join(root, "file"), "x");
	symlinkSync(path.join(base, "outside"), path.join(root, "away"));
	symlinkSync(path.join(root, "_posts"), path.join(root, "posts-link"));
	return root;
}

async function outcome(resolver: SiteResolver, sitePath: string): Promise<string> {
	try {
		const { absolute, stat } = await resolver.resolve(sitePath);
		return `${absolute} ${stat === null ? "absent" : stat.isFile() ? "file" : "other"}`;
	} catch (error) {
		return `refused: ${(error as Error).message}`;
	}
}

describe("SiteResolver", () => {
	// With `/` as separator a safe path is joined to the root as it is; any other separator takes
	// path.resolve and path.relative. The same Node path functions under another declared separator
	// take the second way: both must give the same answer for every path.
	test("joining a safe path to the root gives what path.resolve and path.relative give", async () => {
		const root = site();
		const disk = syncSiteDisk();
		const joined = new SiteResolver(disk, root);
		const resolved = new SiteResolver({ ...disk, path: { ...path.posix, sep: "\\" } }, root);
		const paths = [
			"_posts/a.md",
			"_posts/new.md",
			"assets/img/x.png",
			"한글 폴더/파일 이름.md",
			"..foo/x.md",
			"...",
			"x/..y",
			"a..b/c",
			"file/inside.md",
			"away/escape.md",
			"posts-link/a.md",
			"../outside/x",
			"_posts/../../x",
			"./x",
			"a//b",
			"/abs",
			"",
			".git/config",
			"C:/x",
		];
		for (const sitePath of paths) expect([sitePath, await outcome(joined, sitePath)]).toEqual([sitePath, await outcome(resolved, sitePath)]);
		expect(await outcome(joined, "_posts/a.md")).toBe(`${root}/_posts/a.md file`);
		expect(await outcome(joined, "..foo/x.md")).toMatch(/^refused: outside-site/);
		expect(await outcome(joined, "away/escape.md")).toMatch(/^refused: outside-site/);
	});

	test("a site at the file system's root joins paths after the one slash", async () => {
		const disk = syncSiteDisk();
		const { absolute } = await new SiteResolver(disk, "/").resolve("definitely-not-here/x.md", new Map(), true);
		expect(absolute).toBe("/definitely-not-here/x.md");
	});
});
