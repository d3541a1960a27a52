/** @jest-environment node */
// `learning-log publish --github … --wait` against the local GitHub API server, whose Pages site
// builds each commit in a few polls: built, errored, Pages off, and a token without permission.
// The follower's clock is a fake one, so its waits of seconds take none.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CLI_COMMANDS } from "../../src/cli/commands";
import { createPublishCommand } from "../../src/cli/commands/publish";
import { runCli } from "../../src/cli/run-cli";
import { convertVault } from "../../src/publish/convert/convert-vault";
import { GitHubTestServer } from "../github-server/github-api-server";
import type { PagesSimulation } from "../github-server/pages-routes";
import { seed } from "../github-server/harness";

const TOKEN = "fake-token-cliWaitTokenNeverPrinted0000000000007";
const NO_PAGES_TOKEN = "fake-token-cliWaitTokenWithoutPages000000000008";
let server: GitHubTestServer;
let vault: string;
let slept: number[];

async function start(pages: PagesSimulation | undefined): Promise<void> {
	server = await GitHubTestServer.start({ token: TOKEN, tokenWithoutPagesAccess: NO_PAGES_TOKEN, pages });
	await seed(server, { "_config.yml": "title: blog\n" });
}

beforeEach(() => {
	slept = [];
	vault = mkdtempSync(join(tmpdir(), "ll-cli-wait-"));
	cpSync(join(__dirname, "../../examples/vault"), vault, { recursive: true });
});
afterEach(async () => {
	expect(server.violations).toEqual([]);
	await server.close();
	rmSync(vault, { recursive: true, force: true });
});

async function publish(token = TOKEN, extra: string[] = ["--wait"]) {
	let now = Date.parse("2021-08-13T12:00:00Z");
	const clock = { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) };
	const commands = { ...CLI_COMMANDS, publish: createPublishCommand(convertVault, clock) };
	const out: string[] = [];
	const err: string[] = [];
	const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: { LANG: "en_US.UTF-8", GITHUB_TOKEN: token }, now: () => new Date("2021-08-13T21:00:00+09:00") };
	const code = await runCli(["publish", "--vault", vault, "--github", "octo/blog", "--api-url", server.url, ...extra], io, commands);
	const stdout = out.join("");
	return { code, stdout, stderr: err.join(""), last: stdout.trimEnd().split("\n").at(-1) };
}

describe("publish --wait", () => {
	test("a build that takes a while: waits for our commit, then pages<TAB>built<TAB><site URL>, exit 0", async () => {
		await start({ buildType: "legacy", readsToFinish: 4, outcome: "built", htmlUrl: "https://octo.github.invalid/blog/" });
		const result = await publish();
		expect(result.last).toBe("pages\tbuilt\thttps://octo.github.invalid/blog/");
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^commit\t/m);
		expect(slept.length).toBeGreaterThanOrEqual(4);
		expect(result.stdout + result.stderr).not.toContain(TOKEN);
	});

	test("a failed build: pages<TAB>errored<TAB><GitHub's message>, exit 3, the commit made", async () => {
		await start({ buildType: "legacy", readsToFinish: 1, outcome: "errored", errorMessage: "Liquid Exception: Liquid syntax error in _posts/x.md" });
		const before = await server.repo.branchHead("main");
		const result = await publish();
		expect(result.last).toBe("pages\terrored\tLiquid Exception: Liquid syntax error in _posts/x.md");
		expect(result.code).toBe(3);
		expect(await server.repo.branchHead("main")).not.toBe(before);
	});

	test("a failed Actions run names its failed step and links the run", async () => {
		await start({ buildType: "workflow", readsToFinish: 2, outcome: "errored" });
		const result = await publish();
		expect(result.last).toBe("pages\terrored\tbuild › Build with Jekyll: failure");
		expect(result.stderr).toMatch(/https:\/\/github\.invalid\/octo\/blog\/actions\/runs\/\d+/);
		expect(result.code).toBe(3);
	});

	test("Pages off, or a token without Pages permission: pages<TAB>unknown<TAB><why>, exit 0", async () => {
		await start(undefined);
		const off = await publish();
		expect(off.last).toBe("pages\tunknown\tGitHub Pages is not enabled for the repository (Settings → Pages)");
		expect(off.code).toBe(0);
		server.setPages({ buildType: "legacy", readsToFinish: 0, outcome: "built" });
		writeFileSync(join(vault, "topics/Pages.md"), "---\npublish: true\ndate: 2021-08-13\n---\nA new note to commit\n");
		const denied = await publish(NO_PAGES_TOKEN);
		expect(denied.stdout).toMatch(/^commit\t/m);
		expect(denied.last).toBe("pages\tunknown\tthe token may not read Pages or Actions (grant Pages: read and Actions: read)");
		expect(denied.code).toBe(0);
		expect(slept).toEqual([]);
	});

	test("nothing new to commit: unknown, nothing to wait for; --wait without --github is a usage error", async () => {
		await start({ buildType: "legacy", readsToFinish: 0, outcome: "built" });
		await publish(TOKEN, []);
		const again = await publish();
		expect(again.last).toBe("pages\tunknown\tnothing was committed, so there is no build to wait for");
		const out: string[] = [];
		const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, env: {}, now: () => new Date("2021-08-13T21:00:00+09:00") };
		expect(await runCli(["publish", "--vault", vault, "--out", join(tmpdir(), "ll-site-x"), "--wait"], io, CLI_COMMANDS)).toBe(2);
		expect(out.join("")).toContain("--wait");
	});
});
