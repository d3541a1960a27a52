/** @jest-environment node */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/run-cli";
import { CLI_COMMANDS } from "../../src/cli/commands";

const EXAMPLES = join(__dirname, "../../examples/vault");

function io() {
	const out: string[] = [];
	const err: string[] = [];
	return {
		io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, env: { LANG: "en_US.UTF-8" }, now: () => new Date("2021-08-13T21:00:00+09:00") },
		stdout: () => out.join(""),
		stderr: () => err.join(""),
	};
}

function setUp(): { vault: string; site: string; dataPath: string } {
	const base = mkdtempSync(join(tmpdir(), "ll-cli-publish-"));
	const vault = join(base, "vault");
	const site = join(base, "site");
	cpSync(EXAMPLES, vault, { recursive: true });
	mkdirSync(site);
	writeFileSync(join(site, "_config.yml"), "baseurl: /blog\npermalink: /:categories/:title/\n");
	return { vault, site, dataPath: join(vault, ".obsidian/plugins/learning-log/data.json") };
}

const posts = (site: string) => (existsSync(join(site, "_posts")) ? readdirSync(join(site, "_posts")).sort() : []);

describe("learning-log publish", () => {
	test("publishes, writes the report, saves the manifest beside the settings, and exits 0", async () => {
		const { vault, site, dataPath } = setUp();
		const reportPath = join(site, "..", "report.json");
		const capture = io();
		const code = await runCli(["publish", "--vault", vault, "--out", site, "--report", reportPath], capture.io);
		expect(capture.stderr()).toBe("");
		expect(code).toBe(0);
		const report = JSON.parse(readFileSync(reportPath, "utf8"));
		expect(report.notes.length).toBe(posts(site).length);
		expect(Object.keys(report).sort()).toEqual(expect.arrayContaining(["assets", "deleted", "errors", "notes"]));
		expect(report.notes[0]).toEqual(expect.objectContaining({ source: expect.any(String), output: expect.stringMatching(/^_posts\//), url: expect.stringMatching(/^\/blog\//) }));
		const withWarnings = report.notes.find((note: { warnings: unknown[] }) => note.warnings.length > 0);
		expect(withWarnings.warnings[0]).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
		const data = JSON.parse(readFileSync(dataPath, "utf8"));
		expect(data.daily.courseStartDate).toBe("2021-08-02");
		expect(Object.keys(Object.values(data.publishManifest.sites as Record<string, { notes: object }>)[0].notes)).toHaveLength(report.notes.length);
		expect(capture.stdout()).toMatch(/Published \d+ notes/);
	});

	test("--dry-run lists what would happen and changes neither the site nor data.json", async () => {
		const { vault, site, dataPath } = setUp();
		const dataBefore = readFileSync(dataPath, "utf8");
		const capture = io();
		expect(await runCli(["publish", "--vault", vault, "--out", site, "--dry-run"], capture.io)).toBe(0);
		expect(capture.stdout()).toMatch(/^new\t_posts\//m);
		expect(posts(site)).toEqual([]);
		expect(readFileSync(dataPath, "utf8")).toBe(dataBefore);
	});

	test("--all also publishes notes that are not marked, but never publish: false nor the day template", async () => {
		const { vault, site } = setUp();
		writeFileSync(join(vault, "topics/Unmarked.md"), "---\ntitle: Unmarked\ndate: 2021-08-11\n---\n본문\n");
		const marked = io();
		await runCli(["publish", "--vault", vault, "--out", site, "--dry-run"], marked.io);
		const all = io();
		await runCli(["publish", "--vault", vault, "--out", site, "--dry-run", "--all"], all.io);
		expect(marked.stdout()).not.toContain("unmarked");
		expect(all.stdout()).toContain("unmarked");
		expect(all.stdout()).not.toMatch(/^new\t.*transformer/im);
		expect(all.stdout()).not.toContain("bootcamp-day");
	});

	test("a note that fails is reported with exit 1 while the others are written", async () => {
		const { vault, site } = setUp();
		writeFileSync(join(vault, "topics/Broken.md"), "---\npublish: true\ntitle: [oops\n---\nx\n");
		const capture = io();
		expect(await runCli(["publish", "--vault", vault, "--out", site], capture.io)).toBe(1);
		expect(capture.stderr()).toContain("topics/Broken.md");
		expect(posts(site).length).toBeGreaterThan(5);
	});

	test("a damaged manifest is reset with a warning, never trusted", async () => {
		const { vault, site, dataPath } = setUp();
		const data = JSON.parse(readFileSync(dataPath, "utf8"));
		writeFileSync(dataPath, JSON.stringify({ ...data, publishManifest: { version: 1, sites: { x: { notes: { a: { post: "_config.yml" } } } } } }));
		const capture = io();
		expect(await runCli(["publish", "--vault", vault, "--out", site], capture.io)).toBe(0);
		expect(capture.stderr()).toContain("damaged");
		expect(readFileSync(join(site, "_config.yml"), "utf8")).toContain("baseurl");
	});

	test.each([
		[["publish", "--out", "/tmp"]],
		[["publish", "--vault", "/tmp"]],
		[["publish", "--vault", "/tmp", "--out", "/tmp", "--bogus", "1"]],
		[["publish", "--vault", "/tmp", "--out", "/tmp", "extra"]],
	])("usage errors exit 2: %j", async (argv) => {
		const capture = io();
		expect(await runCli(argv, capture.io)).toBe(2);
		expect(capture.stderr()).toContain("Usage: learning-log publish");
	});

	test("a missing site folder fails with a clear message and exit 1", async () => {
		const { vault, site } = setUp();
		const capture = io();
		expect(await runCli(["publish", "--vault", vault, "--out", join(site, "nope")], capture.io)).toBe(1);
		expect(capture.stderr()).toContain("The site folder does not exist");
	});

	test("is registered as a CLI command", () => {
		expect(CLI_COMMANDS.publish.usage).toContain("--out <siteDir>");
	});
});
