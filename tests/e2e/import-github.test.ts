/** @jest-environment node */
// Importing a blog that lives on GitHub: the local GitHub API test server with a real git
// repository behind it holds the fixture blog. The notes are the same as an import from the
// site folder, publishing right after makes no commit, and an edit commits exactly its post.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { GitHubTestServer } from "../github-server/github-api-server";
import { diffNames, seed } from "../github-server/harness";
import { writeFixtureBlog } from "../import/fixture-blog";
import { filesUnder } from "../import/tree-files";
import { CLI, requireTools, run, runAsync, type PublishReportJson } from "./jekyll-site";

const TOKEN = "fake-pat-e2eImportTokenThatMustNeverLeak0000016";

let work: string;
let site: string;
let server: GitHubTestServer;
let postPaths: string[];

jest.setTimeout(120_000);

const vault = (name: string): string => join(work, name);
const notes = (name: string): Map<string, string> => filesUnder(vault(name), (path) => path === ".obsidian");

function gitHub(command: string, name: string, extra: string[] = []) {
	return runAsync(process.execPath, [CLI, command, "--vault", vault(name), "--github", `${server.owner}/${server.name}`, "--api-url", server.url, ...extra], work, { GITHUB_TOKEN: TOKEN });
}

async function publish(name: string): Promise<PublishReportJson> {
	const reportPath = join(work, `report-${Date.now()}.json`);
	const result = await gitHub("publish", name, ["--report", reportPath]);
	expect(result.output).not.toContain(TOKEN);
	expect(result.status).toBe(0);
	return JSON.parse(readFileSync(reportPath, "utf8")) as PublishReportJson;
}

beforeAll(async () => {
	requireTools();
	work = mkdtempSync(join(tmpdir(), "learning-log-import-github-"));
	site = join(work, "site");
	postPaths = writeFixtureBlog(site);
	server = await GitHubTestServer.start({ token: TOKEN, owner: "learner", name: "learner.github.io" });
	await seed(server, Object.fromEntries([...filesUnder(site)].map(([path, base64]) => [path, Uint8Array.from(Buffer.from(base64, "base64"))])));
	for (const name of ["from-folder", "from-github"]) mkdirSync(vault(name));
});

afterAll(async () => {
	expect(server.violations).toEqual([]);
	await server.close();
	rmSync(work, { recursive: true, force: true });
});

describe("importing a blog from its GitHub repository", () => {
	test("gives the same notes and images as an import from the site folder", async () => {
		const folder = run(process.execPath, [CLI, "import", "--vault", vault("from-folder"), "--site", site], work);
		expect(folder.status).toBe(0);
		const result = await gitHub("import", "from-github");
		expect(result.output).not.toContain(TOKEN);
		expect(result.status).toBe(0);
		expect(result.output).toContain(`${postPaths.length} new notes`);
		expect(server.requests.filter((request) => request.method !== "GET")).toEqual([]);
		expect([...notes("from-github").keys()]).toEqual([...notes("from-folder").keys()]);
		expect(notes("from-github")).toEqual(notes("from-folder"));
	});

	test("publishing right after makes no commit", async () => {
		const head = await server.repo.branchHead(server.branch);
		const report = await publish("from-github");
		expect(report.errors).toEqual([]);
		expect(report.written).toEqual([]);
		expect(report.deleted).toEqual([]);
		expect(report.notes).toHaveLength(postPaths.length);
		expect(await server.repo.branchHead(server.branch)).toBe(head);
	});

	test("a second import changes nothing", async () => {
		const before = notes("from-github");
		const result = await gitHub("import", "from-github");
		expect(result.status).toBe(0);
		expect(result.output).toContain("0 new notes");
		expect(notes("from-github")).toEqual(before);
	});

	test("editing two notes commits exactly their posts, each as it was plus the edit", async () => {
		const edited = ["2021-07-23-plain.md", "java/2021-07-21-java-types.md"];
		for (const name of edited) {
			const note = join(vault("from-github"), "blog", name);
			writeFileSync(note, `${readFileSync(note, "utf8")}\nOne more line.\n`);
		}
		const before = (await server.repo.branchHead(server.branch))!;
		const report = await publish("from-github");
		expect(report.errors).toEqual([]);
		const head = (await server.repo.branchHead(server.branch))!;
		expect((await server.repo.readCommit(head)).parents).toEqual([before]);
		expect(await diffNames(server, before, head)).toEqual(edited.map((name) => `M\t_posts/${name}`).sort());
		const onBranch = await server.repo.lsTree(head, true);
		for (const name of edited) {
			const entry = onBranch.find((item) => item.path === `_posts/${name}`)!;
			const [bytes] = await server.repo.readBlobs([entry.sha]);
			expect(bytes.toString("utf8")).toBe(`${readFileSync(join(site, "_posts", name), "utf8")}\nOne more line.\n`);
		}
	});
});
