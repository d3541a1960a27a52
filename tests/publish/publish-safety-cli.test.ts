/** @jest-environment node */
// The adversarial cases of publishing into a folder, through the CLI on the real file system:
// privacy, notes never destroyed, files we did not write never deleted or replaced, concurrent and
// interrupted runs, names that do not fit, one note failing alone.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/run-cli";
import type { CliIo } from "../../src/cli/cli-io";

function capture(env: Record<string, string> = { LANG: "en_US.UTF-8" }) {
	const out = { stdout: "", stderr: "" };
	const io: CliIo = {
		stdout: { write: (text: string) => (out.stdout += text) },
		stderr: { write: (text: string) => (out.stderr += text) },
		env,
		now: () => new Date("2021-08-13T10:00:00+09:00"),
	};
	return { out, io };
}

function setUp(notes: Record<string, string | Uint8Array>): { vault: string; site: string; dataPath: string } {
	const base = mkdtempSync(join(tmpdir(), "ll-safety-"));
	const vault = join(base, "vault");
	const site = join(base, "site");
	for (const [path, content] of Object.entries(notes)) {
		mkdirSync(join(vault, path, ".."), { recursive: true });
		writeFileSync(join(vault, path), content);
	}
	mkdirSync(join(vault, ".obsidian/plugins/learning-log"), { recursive: true });
	mkdirSync(site);
	return { vault, site, dataPath: join(vault, ".obsidian/plugins/learning-log/data.json") };
}

async function publish(vault: string, site: string, ...extra: string[]) {
	const { out, io } = capture();
	const code = await runCli(["publish", "--vault", vault, "--out", site, ...extra], io);
	return { code, ...out };
}

function tree(root: string, prefix = ""): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? tree(join(root, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
	);
}

const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);

describe("publish never leaks a private note", () => {
	test("a BOM note that says publish: false stays private with --all; a BOM note with publish: true is published with its title", async () => {
		const { vault, site } = setUp({
			"secret.md": "\uFEFF---\npublish: false\ntitle: Secret\n---\nmy diary\n",
			"open.md": "\uFEFF---\r\npublish: true\r\ntitle: Open day\r\ndate: 2021-08-10\r\n---\r\nhello\r\n",
		});
		const result = await publish(vault, site, "--all");
		expect(result.code).toBe(0);
		const posts = tree(join(site, "_posts"));
		expect(posts).toEqual(["2021-08-10-open.md"]);
		expect(readFileSync(join(site, "_posts", posts[0]), "utf8")).toMatch(/^---\ntitle: "Open day"\n/);
		expect(tree(site).some((path) => readFileSync(join(site, path), "utf8").includes("my diary"))).toBe(false);
	});

	test("a note whose front matter cannot be read is never published, whatever --all says", async () => {
		const { vault, site } = setUp({ "broken.md": "---\npublish: false\ntitle: [unclosed\n---\nprivate\n", "open.md": "---\npublish: true\n---\nhi\n" });
		const result = await publish(vault, site, "--all");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/broken\.md/);
		expect(tree(join(site, "_posts")).some((name) => name.includes("broken"))).toBe(false);
	});

	test("an alias bomb in front matter fails that note alone, at once", async () => {
		const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
		for (let level = 1; level < 9; level++) {
			const previous = String.fromCharCode(96 + level);
			const name = String.fromCharCode(97 + level);
			levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
		}
		const { vault, site } = setUp({ "bomb.md": `---\npublish: true\n${levels.join("\n")}\n---\nx\n`, "fine.md": "---\npublish: true\ndate: 2021-08-10\n---\nok\n" });
		const result = await publish(vault, site);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/bomb\.md.*too many values/);
		expect(tree(join(site, "_posts"))).toEqual(["2021-08-10-fine.md"]);
	});

	test("a note that is not valid UTF-8 is an error, not a silently altered post", async () => {
		const bytes = new Uint8Array([...new TextEncoder().encode("---\npublish: true\ndate: 2021-08-10\n---\nbad "), 0xff, 0xfe, 10]);
		const { vault, site } = setUp({ "bad.md": bytes, "good.md": "---\npublish: true\ndate: 2021-08-10\n---\nok\n" });
		const result = await publish(vault, site);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/bad\.md.*UTF-8/);
		expect(tree(join(site, "_posts"))).toEqual(["2021-08-10-good.md"]);
	});
});

describe("the record follows what is published", () => {
	test("a note no longer published leaves the record: a file later put at its old post's path is never ours, even with --force", async () => {
		const { vault, site, dataPath } = setUp({
			"a.md": "---\npublish: true\ndate: 2021-08-10\n---\na\n",
			"b.md": "---\npublish: true\ndate: 2021-08-11\n---\nb\n",
		});
		expect((await publish(vault, site)).code).toBe(0);
		writeFileSync(join(vault, "b.md"), "---\npublish: false\ndate: 2021-08-11\n---\nb\n");
		expect((await publish(vault, site)).stdout).toMatch(/deleted\t_posts\/2021-08-11-b\.md/);
		const record = () => Object.values(JSON.parse(readFileSync(dataPath, "utf8")).publishManifest.sites as Record<string, { notes: object; blobs: object }>)[0];
		expect(Object.keys(record().notes)).toEqual(["a.md"]);
		expect(Object.keys(record().blobs)).toEqual(["_posts/2021-08-10-a.md"]);
		writeFileSync(join(site, "_posts/2021-08-11-b.md"), "written by hand\n");
		const forced = await publish(vault, site, "--force");
		expect(forced.code).toBe(0);
		expect(readFileSync(join(site, "_posts/2021-08-11-b.md"), "utf8")).toBe("written by hand\n");
	});
});

describe("a first publish, with no settings saved yet", () => {
	test("a day note that is not valid UTF-8 fails alone; the day notes' habits are still taken and saved", async () => {
		const bytes = new Uint8Array([...new TextEncoder().encode("---\npublish: true\ntitle: \"[boostcourse] Day6 학습기록\"\n---\nbad "), 0xff, 10]);
		const { vault, site, dataPath } = setUp({
			"daily/2021-08-09.md": bytes,
			"daily/2021-08-10.md": "---\npublish: true\ntitle: \"[boostcourse] Day7 학습기록\"\n---\nok\n",
		});
		const result = await publish(vault, site, "--all");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/daily\/2021-08-09\.md.*UTF-8/);
		expect(tree(join(site, "_posts"))).toEqual(["2021-08-10-boostcourse-day7-학습기록.md"]);
		const saved = JSON.parse(readFileSync(dataPath, "utf8"));
		expect(saved.daily).toMatchObject({ courseName: "boostcourse", titlePattern: "[{{course}}] Day{{day}} 학습기록" });
	});
});

describe("the site folder and the vault never overlap", () => {
	test.each([
		["the vault itself", (vault: string) => vault],
		["a folder inside the vault", (vault: string) => join(vault, "blog")],
		["a folder holding the vault", (vault: string) => join(vault, "..")],
	])("--out %s is refused with exit 2 before anything is read or written", async (_name, outOf) => {
		const { vault } = setUp({ "a.md": "---\npublish: true\n# private: keep me\n---\nnote\n" });
		mkdirSync(join(vault, "blog"), { recursive: true });
		const before = tree(vault);
		const result = await publish(vault, outOf(vault), "--all");
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/overlap/);
		expect(tree(vault)).toEqual(before);
		expect(readFileSync(join(vault, "a.md"), "utf8")).toContain("# private: keep me");
	});
});

describe("files we did not write are never deleted or replaced", () => {
	test("a record naming _config.yml, CNAME or a workflow deletes none of them", async () => {
		const { vault, site, dataPath } = setUp({ "a.md": "---\npublish: true\ndate: 2021-08-10\n---\nhi\n" });
		mkdirSync(join(site, ".github/workflows"), { recursive: true });
		for (const path of ["_config.yml", "CNAME", ".github/workflows/deploy.yml"]) writeFileSync(join(site, path), "precious\n");
		const hostile = { post: "_config.yml", hash: "0", assets: ["CNAME", ".github/workflows/deploy.yml"] };
		const { realpathSync } = await import("fs");
		writeFileSync(dataPath, JSON.stringify({ publishManifest: { version: 1, sites: { [`folder:${realpathSync(site)}`]: { notes: { "gone.md": hostile }, sharedAssets: [] } } } }));
		const result = await publish(vault, site);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/kept\t_config\.yml\t.*outside the posts and images folders/);
		for (const path of ["_config.yml", "CNAME", ".github/workflows/deploy.yml"]) expect(readFileSync(join(site, path), "utf8")).toBe("precious\n");
	});

	test("an image already on the site with an attachment's name is kept; ours gets a free name, and is never deleted later", async () => {
		const { vault, site, dataPath } = setUp({ "a.md": "---\npublish: true\ndate: 2021-08-10\n---\n![[loss.png]]\n", "loss.png": png });
		mkdirSync(join(site, "assets/img"), { recursive: true });
		writeFileSync(join(site, "assets/img/loss.png"), "theirs");
		const first = await publish(vault, site);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/already has a file Learning Log did not write at assets\/img\/loss\.png/);
		expect(readFileSync(join(site, "assets/img/loss.png"), "utf8")).toBe("theirs");
		expect(new Uint8Array(readFileSync(join(site, "assets/img/loss-2.png")))).toEqual(png);
		expect(readFileSync(join(site, "_posts/2021-08-10-a.md"), "utf8")).toContain("/assets/img/loss-2.png");
		// The embed goes: our copy is deleted, theirs stays.
		writeFileSync(join(vault, "a.md"), "---\npublish: true\ndate: 2021-08-10\n---\nno image\n");
		const second = await publish(vault, site);
		expect(second.stdout).toMatch(/deleted\tassets\/img\/loss-2\.png/);
		expect(tree(join(site, "assets/img"))).toEqual(["loss.png"]);
		expect(JSON.stringify(JSON.parse(readFileSync(dataPath, "utf8")))).not.toContain('"assets/img/loss.png"');
	});

	test("a hand-written post with our post's name is kept; ours gets a free name", async () => {
		const { vault, site } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nfrom the vault\n" });
		mkdirSync(join(site, "_posts"));
		writeFileSync(join(site, "_posts/2021-08-10-day.md"), "---\ntitle: mine\n---\nhand written\n");
		const result = await publish(vault, site);
		expect(result.code).toBe(0);
		expect(readFileSync(join(site, "_posts/2021-08-10-day.md"), "utf8")).toContain("hand written");
		expect(readFileSync(join(site, "_posts/2021-08-10-day-2.md"), "utf8")).toContain("from the vault");
	});

	test("a post edited by hand shows as edited in --dry-run, is left alone by a publish, and overwritten only with --force", async () => {
		const { vault, site } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nv1\n" });
		expect((await publish(vault, site)).code).toBe(0);
		const post = join(site, "_posts/2021-08-10-day.md");
		writeFileSync(post, readFileSync(post, "utf8").replace("v1", "fixed a typo by hand"));
		writeFileSync(join(vault, "day.md"), "---\npublish: true\ndate: 2021-08-10\n---\nv2\n");
		const dry = await publish(vault, site, "--dry-run");
		expect(dry.stdout).toMatch(/^changed \(edited outside\)\t_posts\/2021-08-10-day\.md/m);
		const real = await publish(vault, site);
		expect(real.code).toBe(0);
		expect(real.stdout).toMatch(/^kept\t_posts\/2021-08-10-day\.md/m);
		expect(readFileSync(post, "utf8")).toContain("fixed a typo by hand");
		const again = await publish(vault, site);
		expect(again.stdout).toMatch(/^kept\t_posts\/2021-08-10-day\.md/m);
		const forced = await publish(vault, site, "--force");
		expect(forced.code).toBe(0);
		expect(readFileSync(post, "utf8")).toContain("v2");
	});

	test("an unpublished note's post edited by hand is not deleted", async () => {
		const { vault, site } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nv1\n" });
		await publish(vault, site);
		const post = join(site, "_posts/2021-08-10-day.md");
		writeFileSync(post, "---\ntitle: now mine\n---\nrewritten\n");
		writeFileSync(join(vault, "day.md"), "---\npublish: false\n---\nv1\n");
		const result = await publish(vault, site);
		expect(result.stdout).toMatch(/^kept\t_posts\/2021-08-10-day\.md/m);
		expect(readFileSync(post, "utf8")).toContain("rewritten");
	});

	test("after the record is lost, a republish adopts its identical posts instead of doubling them", async () => {
		const { vault, site, dataPath } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nhello\n" });
		await publish(vault, site);
		writeFileSync(dataPath, "{}");
		const result = await publish(vault, site);
		expect(result.code).toBe(0);
		expect(tree(join(site, "_posts"))).toEqual(["2021-08-10-day.md"]);
	});
});

describe("concurrent and interrupted runs", () => {
	test("a second publish into a locked site is refused and changes nothing; a lock of a dead process is taken over", async () => {
		const { vault, site } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nhello\n" });
		const { hostname } = await import("os");
		// A start ahead of any clock the run reads: age never makes these locks stale, only their owner.
		const since = Date.UTC(2100, 0, 1);
		writeFileSync(join(site, ".learning-log.lock"), JSON.stringify({ run: "other", pid: process.pid === 1 ? 2 : 1, hostname: hostname(), since }));
		const locked = await publish(vault, site);
		expect(locked.code).toBe(1);
		expect(locked.stderr).toMatch(/Another publish into this site folder is running/);
		expect(tree(site)).toEqual([".learning-log.lock"]);
		// pid 2^22+1 does not exist on Linux: the lock is stale.
		writeFileSync(join(site, ".learning-log.lock"), JSON.stringify({ run: "dead", pid: 4194305, hostname: hostname(), since }));
		const taken = await publish(vault, site);
		expect(taken.code).toBe(0);
		expect(tree(site)).toEqual(["_posts/2021-08-10-day.md"]);
	});

	test("two publishes at once: whichever runs, the posts are whole and nothing temporary stays", async () => {
		const { vault, site } = setUp(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`n${i}.md`, `---\npublish: true\ndate: 2021-08-10\n---\nnote ${i}\n`])));
		const results = await Promise.all([publish(vault, site), publish(vault, site)]);
		// Whether the second overlaps the first depends on the machine; either it was refused by the
		// lock (the test above pins that case with a held lock) or it found everything already published.
		expect(results.map((result) => result.code)).toContain(0);
		for (const result of results) if (result.code !== 0) expect([result.code, result.stderr]).toEqual([1, expect.stringContaining("Another publish")]);
		expect(tree(site).filter((path) => path.startsWith(".") || path.includes("/."))).toEqual([]);
		expect(tree(join(site, "_posts"))).toHaveLength(40);
		for (const name of tree(join(site, "_posts"))) expect(readFileSync(join(site, "_posts", name), "utf8")).toMatch(/^---\n[\s\S]*\nnote \d+\n$/);
	});

	test("leftovers of an interrupted run are swept, and a post it placed before its record was saved is adopted and removed when unmarked", async () => {
		const { vault, site } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nhello\n" });
		await publish(vault, site);
		const post = readFileSync(join(site, "_posts/2021-08-10-day.md"));
		// What a run killed after its rename and before saving data.json leaves: a placed post, its
		// journal, staged temporaries (and an older version's temporaries beside the posts).
		mkdirSync(join(site, "_posts"), { recursive: true });
		writeFileSync(join(site, "_posts/2021-08-11-other.md"), post);
		const { gitBlobHash } = await import("../../src/publish/targets/git-blob-hash");
		const staging = join(site, ".learning-log-staging-deadbeef0000");
		mkdirSync(staging);
		writeFileSync(join(staging, "journal.json"), JSON.stringify([{ path: "_posts/2021-08-11-other.md", blob: await gitBlobHash(new Uint8Array(post)) }]));
		for (let i = 0; i < 50; i++) writeFileSync(join(staging, String(i)), "full post text");
		writeFileSync(join(site, "_posts/.2021-08-12-x.md.learning-log.tmp"), "full post text");
		const result = await publish(vault, site);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/deleted\t_posts\/2021-08-11-other\.md/);
		expect(tree(site)).toEqual(["_posts/2021-08-10-day.md"]);
	});
});

describe("names that do not fit and files that cannot be written fail alone", () => {
	test("a note with an 84-syllable Korean name is published under a shortened, stable name with a warning", async () => {
		const long = "가".repeat(84);
		const { vault, site } = setUp({ [`${long}.md`]: "---\npublish: true\ndate: 2021-08-10\n---\nlong\n", "short.md": "---\npublish: true\ndate: 2021-08-10\n---\nshort\n" });
		const first = await publish(vault, site);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/too long for a file name/);
		const names = tree(join(site, "_posts"));
		expect(names).toHaveLength(2);
		for (const name of names) expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
		const again = await publish(vault, site);
		expect(again.stdout).not.toMatch(/^deleted/m);
		expect(tree(join(site, "_posts"))).toEqual(names);
	});

	test("a folder in the way of one post fails that note alone; the others are published", async () => {
		const { vault, site } = setUp({ "a.md": "---\npublish: true\ndate: 2021-08-10\n---\na\n", "b.md": "---\npublish: true\ndate: 2021-08-10\n---\nb\n" });
		mkdirSync(join(site, "_posts/2021-08-10-a.md"), { recursive: true });
		writeFileSync(join(site, "_posts/2021-08-10-a.md/x"), "");
		const result = await publish(vault, site);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^error\ta\.md: /m);
		expect(readFileSync(join(site, "_posts/2021-08-10-b.md"), "utf8")).toContain("\nb\n");
	});
});

describe("data.json after a CLI publish", () => {
	test("keeps unknown keys, never lowers version, reports and keeps a value of the wrong type", async () => {
		const { vault, site, dataPath } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nhello\n" });
		const saved = { version: 99, fromNewerVersion: { a: [1, 2] }, publish: { publishedFolders: "daily", postsFolder: "_posts", futureOption: true } };
		writeFileSync(dataPath, JSON.stringify(saved));
		const result = await publish(vault, site);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/wrong type.*publish\.publishedFolders/);
		const after = JSON.parse(readFileSync(dataPath, "utf8")) as Record<string, unknown> & { publish: Record<string, unknown> };
		expect(after.version).toBe(99);
		expect(after.fromNewerVersion).toEqual({ a: [1, 2] });
		expect(after.publish.publishedFolders).toBe("daily");
		expect(after.publish.futureOption).toBe(true);
		expect(after.publishManifest).toBeDefined();
		expect(readdirSync(join(dataPath, "..")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
	});

	test("when data.json cannot be saved after the site changed, it says the site was written", async () => {
		const { vault, site, dataPath } = setUp({ "day.md": "---\npublish: true\ndate: 2021-08-10\n---\nhello\n" });
		mkdirSync(dataPath); // a folder where the file goes: the rename fails
		const result = await publish(vault, site);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/The site was written, but the record of what was published could not be saved/);
		expect(result.stderr).not.toMatch(/nothing was changed/);
		expect(tree(join(site, "_posts"))).toEqual(["2021-08-10-day.md"]);
	});
});
