/** @jest-environment node */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CLI_COMMANDS } from "../../src/cli/commands";
import { runCli } from "../../src/cli/run-cli";
import { GitHubTestServer } from "../github-server/github-api-server";
import { seed } from "../github-server/harness";

const TOKEN = "fake-token-cliPublishTokenNeverPrinted000000007";
let server: GitHubTestServer;
let vault: string;

beforeEach(async () => {
	server = await GitHubTestServer.start({ token: TOKEN });
	await seed(server, { "_config.yml": "title: blog\n" });
	vault = mkdtempSync(join(tmpdir(), "ll-cli-github-"));
	cpSync(join(__dirname, "../../examples/vault"), vault, { recursive: true });
});
afterEach(async () => {
	expect(server.violations).toEqual([]);
	await server.close();
	rmSync(vault, { recursive: true, force: true });
});

async function cli(argv: string[], env: Record<string, string>) {
	const out: string[] = [];
	const err: string[] = [];
	const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: { LANG: "en_US.UTF-8", ...env }, now: () => new Date("2021-08-13T21:00:00+09:00") };
	const code = await runCli(["publish", "--vault", vault, ...argv], io, CLI_COMMANDS);
	return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("learning-log publish --github", () => {
	test("publishes, saves the manifest under the GitHub site's key, and prints the commit", async () => {
		const result = await cli(["--github", "octo/blog", "--api-url", server.url], { GITHUB_TOKEN: TOKEN });
		expect(result.stderr).toContain("Creating the commit…");
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^commit\t\S+\/commit\/[0-9a-f]{40}$/m);
		const data = readFileSync(join(vault, ".obsidian/plugins/learning-log/data.json"), "utf8");
		expect(Object.keys(JSON.parse(data).publishManifest.sites)).toEqual([`github:${new URL(server.url).host}/octo/blog#main`]);
		expect(result.stdout + result.stderr + data).not.toContain(TOKEN);
	});

	test("--dry-run only reads", async () => {
		const result = await cli(["--github", "octo/blog", "--api-url", server.url, "--dry-run"], { GITHUB_TOKEN: TOKEN });
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^new\t_posts\//m);
		// `_config.yml`, the branch and its file list (which also says which of the site's includes may
		// configure math): the dry run compares with what the repository holds.
		expect(server.requests.map((r) => r.method)).toEqual(["GET", "GET", "GET"]);
	});

	test("usage errors: no token, or both a folder and GitHub", async () => {
		const noToken = await cli(["--github", "octo/blog", "--api-url", server.url], {});
		expect(noToken.code).toBe(2);
		expect(noToken.stderr).toContain("GITHUB_TOKEN is not set");
		expect((await cli(["--github", "octo/blog", "--out", vault], { GITHUB_TOKEN: TOKEN })).code).toBe(2);
		expect(server.requests).toHaveLength(0);
	});

	test("a rejected token: exit 1, a clear message in the user's language, nothing changed, no token shown", async () => {
		const head = await server.repo.branchHead("main");
		const result = await cli(["--github", "octo/blog", "--api-url", server.url], { GITHUB_TOKEN: "fake-token-revoked0000000000000000000000000000", LANG: "ko_KR.UTF-8" });
		expect(result.code).toBe(1);
		expect(result.stderr).toContain("GitHub가 토큰을 거부했습니다");
		expect(result.stderr).not.toContain("fake-token-revoked");
		expect(await server.repo.branchHead("main")).toBe(head);
	});
});
