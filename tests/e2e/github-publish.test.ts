/** @jest-environment node */
// The whole way: examples/vault through the CLI to the local GitHub API (a real bare repository
// behind it), cloned with git, built by Jekyll and checked by html-proofer; then a change, a
// deletion and a rename make exactly one commit with exactly those changes.
import { spawn } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { git } from "../github-server/bare-repo";
import { GitHubTestServer } from "../github-server/github-api-server";
import { diffNames, seed } from "../github-server/harness";
import { CLI, copyVault, createSite, htmlproofer, jekyllBuild, requireTools, type PublishReportJson } from "./jekyll-site";

const EXAMPLES = join(__dirname, "../../examples/vault");
const TOKEN = "fake-pat-e2eTokenThatMustNeverLeak000000000006";

let work: string;
let server: GitHubTestServer;

// Real git, Jekyll and html-proofer runs: generous on a busy CI machine.
jest.setTimeout(120_000);

beforeAll(async () => {
	requireTools();
	work = mkdtempSync(join(tmpdir(), "learning-log-github-e2e-"));
	server = await GitHubTestServer.start({ token: TOKEN, owner: "learner", name: "learner.github.io" });
	// The blog as it is before the first publish: a Jekyll site of its owner.
	const skeleton = join(work, "skeleton");
	createSite(skeleton, "");
	const files: Record<string, string> = {};
	for (const name of readdirSync(skeleton)) files[name] = readFileSync(join(skeleton, name), "utf8");
	await seed(server, files);
});

afterAll(async () => {
	expect(server.violations).toEqual([]);
	await server.close();
	rmSync(work, { recursive: true, force: true });
});

/** The CLI in its own process; asynchronous, since the server answers from this one. */
function publish(vault: string): Promise<{ status: number | null; output: string; report: PublishReportJson; reportText: string }> {
	const reportPath = join(work, `report-${Date.now()}.json`);
	const args = [CLI, "publish", "--vault", vault, "--github", `${server.owner}/${server.name}`, "--api-url", server.url, "--report", reportPath];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { env: { ...process.env, GITHUB_TOKEN: TOKEN, LANG: "C.UTF-8", TZ: "Asia/Seoul" } });
		let output = "";
		child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
		child.on("error", reject);
		child.on("close", (status) => {
			const reportText = existsSync(reportPath) ? readFileSync(reportPath, "utf8") : "{}";
			resolve({ status, output, report: JSON.parse(reportText) as PublishReportJson, reportText });
		});
	});
}

async function cloneAndBuild(name: string): Promise<string> {
	const clone = join(work, name);
	await git(["clone", "--quiet", server.repo.dir, clone]);
	const build = jekyllBuild(clone);
	expect(build.output).not.toMatch(/error|warning|skipping|deprecation/i);
	expect(build.status).toBe(0);
	const proof = htmlproofer(clone, "");
	expect(proof.output).toContain("HTML-Proofer finished successfully.");
	expect(proof.status).toBe(0);
	return clone;
}

function filesUnder(root: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir)) {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) walk(path);
			else found.push(relative(root, path));
		}
	};
	walk(root);
	return found;
}

describe("publishing examples/vault to GitHub through the command line", () => {
	const vault = () => join(work, "vault");
	let firstReport: PublishReportJson;

	test("first publish: one commit, a clone builds with Jekyll and html-proofer finds nothing", async () => {
		copyVault(EXAMPLES, vault());
		// Two more notes that nothing links to, to delete and to rename below.
		for (const [name, title] of [["Docker 기초", "Docker 기초"], ["Git 브랜치 전략", "Git 브랜치 전략"]]) {
			writeFileSync(join(vault(), "topics", `${name}.md`), `---\ntitle: "${title}"\ndate: 2021-08-13 21:00:00 +0900\ncategories: [Tools]\npublish: true\n---\n\n${title} 정리.\n`);
		}
		const before = await server.repo.commitCount("main");
		const result = await publish(vault());
		expect(result.report.errors).toEqual([]);
		expect(result.status).toBe(0);
		expect(await server.repo.commitCount("main")).toBe(before + 1);
		expect(result.output).toMatch(/^commit\thttps:\/\/github\.invalid\/learner\/learner\.github\.io\/commit\/[0-9a-f]{40}$/m);
		firstReport = result.report;
		const clone = await cloneAndBuild("clone-1");
		const built = readFileSync(join(clone, "_site/posts-count.txt"), "utf8").trim();
		expect(Number(built)).toBe(firstReport.notes.length);
		expect(filesUnder(join(clone, "_posts")).length).toBe(firstReport.notes.length);
		for (const text of [result.output, result.reportText, readFileSync(join(vault(), ".obsidian/plugins/learning-log/data.json"), "utf8")]) {
			expect(text).not.toContain(TOKEN);
		}
	});

	test("a change, a deletion and a rename: exactly one new commit with exactly those changes", async () => {
		const post = (source: string) => firstReport.notes.find((note) => note.source === source)!.output;
		const changed = post("topics/Python 자료구조.md");
		const deleted = post("topics/Docker 기초.md");
		const renamedFrom = post("topics/Git 브랜치 전략.md");
		writeFileSync(join(vault(), "topics/Python 자료구조.md"), `${readFileSync(join(vault(), "topics/Python 자료구조.md"), "utf8")}\n덧붙인 문단.\n`);
		unlinkSync(join(vault(), "topics/Docker 기초.md"));
		renameSync(join(vault(), "topics/Git 브랜치 전략.md"), join(vault(), "topics/Git 브랜치 전략 정리.md"));
		const before = (await server.repo.branchHead("main"))!;
		const result = await publish(vault());
		expect(result.status).toBe(0);
		const head = (await server.repo.branchHead("main"))!;
		expect((await server.repo.readCommit(head)).parents).toEqual([before]);
		const renamedTo = result.report.notes.find((note) => note.source === "topics/Git 브랜치 전략 정리.md")!.output;
		expect(renamedTo).not.toBe(renamedFrom);
		expect(await diffNames(server, before, head)).toEqual([`A\t${renamedTo}`, `D\t${deleted}`, `D\t${renamedFrom}`, `M\t${changed}`].sort());
		await cloneAndBuild("clone-2");
	});

	test("republishing unchanged: no commit", async () => {
		const before = await server.repo.branchHead("main");
		server.resetCounts();
		const result = await publish(vault());
		expect(result.status).toBe(0);
		expect(await server.repo.branchHead("main")).toBe(before);
		expect(server.requests.filter((r) => r.method !== "GET")).toEqual([]);
		// _config.yml, the branch and its file list (which also says which of the site's includes may
		// configure math).
		expect(server.requests.map((r) => r.path.replace(/\/[0-9a-f]{40}$/, "/<sha>"))).toEqual([
			"/repos/learner/learner.github.io/contents/_config.yml",
			"/repos/learner/learner.github.io/branches/main",
			"/repos/learner/learner.github.io/git/trees/<sha>",
		]);
		expect(result.output).not.toContain(TOKEN);
	});
});
