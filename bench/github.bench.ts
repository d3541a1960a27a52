// `npm run bench -- github`: publishing to GitHub through the local API server with a fixed latency
// per request, next to the per-file contents-API approach (a GET and a PUT per file, one commit
// each) measured in the same run against the same server and the same starting commit. Then the
// whole publish (vault read, `_config.yml`, convert, apply) of a generated vault, and its
// unchanged republish, counted in requests.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as nodePath from "path";
import { generateVault } from "../tests/e2e/generate-vault";
import { NodeNoteStore } from "../src/node/node-note-store";
import { convertVault } from "../src/publish/convert/convert-vault";
import { emptyManifest, type PublishManifest } from "../src/publish/plan/manifest";
import { runPublish } from "../src/publish/publish-pipeline";
import { DEFAULT_PUBLISH_SETTINGS } from "../src/publish/publish-settings";
import { machineLoad, reportGoal } from "./bench-report";
import { createFetchTransport } from "../src/node/fetch-transport";
import { gitBlobHash } from "../src/publish/targets/git-blob-hash";
import { bytesToBase64 } from "../src/publish/targets/github/base64";
import { GitHubClient } from "../src/publish/targets/github/github-client";
import { GitHubGitApi } from "../src/publish/targets/github/github-git-api";
import { GitHubTarget } from "../src/publish/targets/github-target";
import type { PublishChanges, SiteFile } from "../src/publish/targets/publish-target";
import { GitHubTestServer } from "../tests/github-server/github-api-server";
import { seed } from "../tests/github-server/harness";

const LATENCY_MS = 50;
const NOTES = 200;
const IMAGES = 10;
const TOKEN = "fake-token-benchToken000000000000000000000000000";
const print = (line: string) => process.stdout.write(`${line}\n`);

function note(n: number, version: number): string {
	const body = `## ${n}일차 학습 정리 (v${version})\n\n- 다익스트라 알고리즘과 우선순위 큐\n- Big-O 표기법: O(n log n)\n\n`.repeat(12);
	return `---\ntitle: "Day${n} 학습기록"\ndate: 2021-08-09 21:00:00 +0900\n---\n${body}`;
}

function image(n: number, version: number): Uint8Array {
	const bytes = new Uint8Array(48 * 1024);
	let x = n * 7919 + version;
	for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
	return bytes;
}

function site(version: number): SiteFile[] {
	const notes = Array.from({ length: NOTES }, (_, i) => ({ path: `_posts/2021-08-${String((i % 28) + 1).padStart(2, "0")}-day-${i}.md`, content: note(i, version) }));
	const images = Array.from({ length: IMAGES }, (_, i) => ({ path: `assets/images/chart-${i}.png`, content: image(i, version) }));
	return [...notes, ...images];
}

function client(server: GitHubTestServer): GitHubClient {
	return new GitHubClient({ apiBaseUrl: server.url, token: TOKEN, transport: createFetchTransport(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
}

/** What other publishers do: for each file, ask for its current blob id, then PUT it (one commit each). */
async function publishFileByFile(server: GitHubTestServer, files: SiteFile[]): Promise<void> {
	const github = client(server);
	const prefix = `/repos/${server.owner}/${server.name}/contents/`;
	for (const file of files) {
		const path = file.path.split("/").map(encodeURIComponent).join("/");
		const current = await github.request<{ sha?: string }>("GET", `${prefix}${path}?ref=${server.branch}`, { expect: [404] });
		const sha = current.status === 200 ? current.data.sha : undefined;
		if (sha === (await gitBlobHash(file.content))) continue;
		const bytes = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
		await github.request("PUT", `${prefix}${path}`, { body: { message: `Publish ${file.path}`, content: bytesToBase64(bytes), branch: server.branch, ...(sha ? { sha } : {}) } });
	}
}

interface Row {
	approach: string;
	requests: number;
	commits: number;
	ms: number;
}

async function measure(server: GitHubTestServer, approach: string, work: () => Promise<unknown>): Promise<Row> {
	server.resetCounts();
	const commitsBefore = await server.repo.commitCount(server.branch);
	const start = process.hrtime.bigint();
	await work();
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	return { approach, requests: server.requests.length, commits: (await server.repo.commitCount(server.branch)) - commitsBefore, ms };
}

/** `learning-log publish --all` to GitHub, in process: the request count is what matters here. */
async function publishVault(server: GitHubTestServer, vault: string, manifest: PublishManifest) {
	const target = new GitHubTarget({ api: new GitHubGitApi(client(server), { owner: server.owner, name: server.name }), branch: server.branch });
	return runPublish({
		store: new NodeNoteStore(vault),
		target,
		siteKey: `github:${server.owner}/${server.name}@${server.branch}`,
		settings: DEFAULT_PUBLISH_SETTINGS,
		manifest,
		scope: { kind: "all" },
		everyNote: true,
		dryRun: false,
		convert: convertVault,
	});
}

async function main(): Promise<void> {
	const server = await GitHubTestServer.start({ token: TOKEN, latencyMs: LATENCY_MS });
	try {
		const old = site(1);
		await seed(server, Object.fromEntries(old.filter((f) => typeof f.content === "string").map((f) => [f.path, f.content as string])));
		// Images of the old version too, through the target, so every one of the 210 files changes below.
		const target = new GitHubTarget({ api: new GitHubGitApi(client(server), { owner: server.owner, name: server.name }), branch: server.branch });
		await target.apply({ write: old, delete: [] }, { message: "old version" });
		const before = (await server.repo.branchHead(server.branch))!;

		const changed: PublishChanges = { write: site(2), delete: [] };
		const rows: Row[] = [];
		rows.push(await measure(server, "one commit (this plugin), 210 changed", () => target.apply(changed, { message: "Publish {{written}}" })));
		rows.push(await measure(server, "one commit (this plugin), unchanged", () => target.apply(changed, { message: "Publish {{written}}" })));
		if (!(await server.repo.updateBranch(server.branch, before, (await server.repo.branchHead(server.branch))!))) throw new Error("reset failed");
		rows.push(await measure(server, "contents API per file, 210 changed", () => publishFileByFile(server, changed.write)));
		rows.push(await measure(server, "contents API per file, unchanged", () => publishFileByFile(server, changed.write)));

		const work = mkdtempSync(nodePath.join(tmpdir(), "learning-log-github-bench-"));
		try {
			const vault = nodePath.join(work, "vault");
			generateVault(vault, NOTES);
			await seed(server, { "_config.yml": "permalink: /:categories/:title/\ntimezone: Asia/Seoul\n" });
			let manifest = emptyManifest();
			rows.push(await measure(server, `whole publish of a ${NOTES}-note vault`, async () => (manifest = (await publishVault(server, vault, manifest)).manifest)));
			rows.push(await measure(server, "whole publish, unchanged", () => publishVault(server, vault, manifest)));
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
		if (server.violations.length) throw new Error(`OpenAPI violations: ${server.violations.join("\n")}`);

		const noteKb = (new TextEncoder().encode(note(0, 1)).length / 1024).toFixed(1);
		print(`${NOTES} notes (${noteKb} KB each) + ${IMAGES} images (48 KB each), ${LATENCY_MS} ms latency per request`);
		print("wall time includes the test server's own git work; 'latency floor' is requests x latency");
		print(`${"approach".padEnd(40)} ${"requests".padStart(8)} ${"commits".padStart(8)} ${"wall ms".padStart(9)} ${"latency floor".padStart(14)}`);
		for (const row of rows) {
			print(`${row.approach.padEnd(40)} ${String(row.requests).padStart(8)} ${String(row.commits).padStart(8)} ${row.ms.toFixed(0).padStart(9)} ${String(row.requests * LATENCY_MS).padStart(14)}`);
		}
		const [ours, oursUnchanged, perFile, , whole, wholeUnchanged] = rows;
		print(`wall time: contents API / this plugin = ${(perFile.ms / ours.ms).toFixed(1)}x; requests ${perFile.requests} vs ${ours.requests}`);
		const goals = [
			[`changed publish ≤ ${5 + IMAGES} requests`, ours.requests <= 5 + IMAGES],
			["changed publish is exactly one commit", ours.commits === 1],
			["unchanged republish ≤ 2 requests", oursUnchanged.requests <= 2],
			["unchanged republish makes no commit", oursUnchanged.commits === 0],
			["whole unchanged republish (with _config.yml) ≤ 2 requests", wholeUnchanged.requests <= 2],
			["whole unchanged republish makes no commit", wholeUnchanged.commits === 0],
		] as const;
		for (const [goal, met] of goals) print(`${met ? "PASS" : "FAIL"} ${goal}`);
		print(machineLoad());
		reportGoal({
			what: "unchanged republish to GitHub (whole publish)",
			figure: `${wholeUnchanged.requests} requests, ${wholeUnchanged.commits} commits`,
			baseline: `the previous publish: ${whole.requests} requests, ${whole.commits} commit`,
			ratio: "",
			goal: "2 requests (branch, tree)",
			met: wholeUnchanged.requests <= 2 && wholeUnchanged.commits === 0,
		});
		if (goals.some(([, met]) => !met)) process.exitCode = 1;
	} finally {
		await server.close();
	}
}

void main();
