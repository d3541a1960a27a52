// The build follower against scripted answers and a fake clock: no network, no real waiting.
import { FOLLOW_TIMEOUT_MS, followPagesBuild, pollDelay, type FollowClock } from "../../../src/publish/pages/follow-pages-build";
import type { PagesGet } from "../../../src/publish/pages/pages-api";

const SHA = "a".repeat(40);
const OLD = "b".repeat(40);
const SITE = { status: 200, data: { url: "x", status: "built", cname: null, custom_404: false, public: true, html_url: "https://octo.github.io/blog/", build_type: "legacy" } };

function fakeClock(): FollowClock & { slept: number[] } {
	let now = 1_000_000;
	const slept: number[] = [];
	return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

/** Answers by path prefix, one scripted answer per call (the last one repeats). */
function scripted(answers: Record<string, Array<{ status: number; data: unknown } | Error>>): PagesGet & { calls: string[] } {
	const calls: string[] = [];
	const get = async (path: string) => {
		calls.push(path);
		const key = Object.keys(answers).find((prefix) => path.startsWith(prefix));
		if (!key) throw new Error(`unexpected ${path}`);
		const list = answers[key];
		const answer = list.length > 1 ? list.shift()! : list[0];
		if (answer instanceof Error) throw answer;
		return answer;
	};
	return Object.assign(get, { calls });
}

const build = (commit: string, status: string, message: string | null = null) => ({ status: 200, data: { commit, status, error: { message } } });

describe("following a legacy Pages build", () => {
	test("waits past an older commit's build and a build in progress, then reports ours built", async () => {
		const get = scripted({ "/pages/builds/latest": [build(OLD, "built"), build(SHA, "building"), build(SHA, "built")], "/pages": [SITE] });
		const clock = fakeClock();
		const building: Array<string | null> = [];
		const outcome = await followPagesBuild({ get, commitSha: SHA, clock, repositoryWebUrl: "https://github.com/octo/blog", onBuilding: (_site, url) => building.push(url) });
		expect(outcome).toEqual({ kind: "built", siteUrl: "https://octo.github.io/blog/", buildUrl: "https://github.com/octo/blog/settings/pages" });
		expect(get.calls.filter((path) => path === "/pages")).toHaveLength(1);
		expect(clock.slept).toEqual([pollDelay(0), pollDelay(1)]);
		expect(building).toEqual(["https://github.com/octo/blog/settings/pages"]);
	});

	test("an errored build carries GitHub's message", async () => {
		const get = scripted({ "/pages/builds/latest": [build(SHA, "errored", "Liquid syntax error in _posts/x.md")], "/pages": [SITE] });
		const outcome = await followPagesBuild({ get, commitSha: SHA, clock: fakeClock() });
		expect(outcome).toMatchObject({ kind: "errored", message: "Liquid syntax error in _posts/x.md" });
	});

	test("Pages off (404) and no permission (403) end at once, without waiting", async () => {
		const clock = fakeClock();
		expect(await followPagesBuild({ get: scripted({ "/pages": [{ status: 404, data: {} }] }), commitSha: SHA, clock })).toEqual({ kind: "unknown", reason: "pages-off", siteUrl: null });
		expect(await followPagesBuild({ get: scripted({ "/pages": [{ status: 403, data: null }] }), commitSha: SHA, clock })).toEqual({ kind: "unknown", reason: "no-permission", siteUrl: null });
		const buildsForbidden = scripted({ "/pages/builds/latest": [{ status: 403, data: null }], "/pages": [SITE] });
		expect(await followPagesBuild({ get: buildsForbidden, commitSha: SHA, clock })).toMatchObject({ kind: "unknown", reason: "no-permission", siteUrl: "https://octo.github.io/blog/" });
		expect(clock.slept).toEqual([]);
	});

	test("gives up after about ten minutes with growing waits, capped at 30 s", async () => {
		const clock = fakeClock();
		const outcome = await followPagesBuild({ get: scripted({ "/pages/builds/latest": [build(OLD, "built")], "/pages": [SITE] }), commitSha: SHA, clock });
		expect(outcome).toMatchObject({ kind: "unknown", reason: "timed-out" });
		const total = clock.slept.reduce((a, b) => a + b, 0);
		expect(total).toBeLessThanOrEqual(FOLLOW_TIMEOUT_MS);
		expect(total).toBeGreaterThan(FOLLOW_TIMEOUT_MS - 30_000);
		expect(clock.slept.slice(0, 3)).toEqual([5000, 7500, 11250]);
		expect(Math.max(...clock.slept)).toBe(30_000);
	});

	test("stops when told to, and gives up after repeated failures to get an answer", async () => {
		let stop = false;
		const clock = fakeClock();
		const get = scripted({ "/pages/builds/latest": [build(OLD, "built")], "/pages": [SITE] });
		const pending = followPagesBuild({ get, commitSha: SHA, clock: { now: clock.now, sleep: async (ms) => ((stop = true), clock.sleep(ms)) }, stopped: () => stop });
		expect(await pending).toMatchObject({ kind: "unknown", reason: "stopped" });
		const failing = scripted({ "/pages": [new Error("socket hang up")] });
		expect(await followPagesBuild({ get: failing, commitSha: SHA, clock: fakeClock() })).toMatchObject({ kind: "unknown", reason: "unreadable", detail: "socket hang up" });
		expect(failing.calls).toHaveLength(3);
	});

	test("a failure between polls is retried on the next one", async () => {
		const get = scripted({ "/pages/builds/latest": [new Error("502"), build(SHA, "built")], "/pages": [SITE] });
		expect(await followPagesBuild({ get, commitSha: SHA, clock: fakeClock() })).toMatchObject({ kind: "built" });
	});
});

describe("following a workflow (Actions) Pages build", () => {
	const WORKFLOW_SITE = { status: 200, data: { ...SITE.data, build_type: "workflow" } };
	const runs = (...list: Array<Record<string, unknown>>) => ({ status: 200, data: { total_count: list.length, workflow_runs: list } });
	const run = (fields: Record<string, unknown>) => ({ id: 7, head_sha: SHA, name: "pages build and deployment", html_url: "https://github.com/octo/blog/actions/runs/7", status: "queued", conclusion: null, ...fields });

	test("waits for the run of our commit to appear and complete; prefers the Pages run over others", async () => {
		const get = scripted({
			"/actions/runs?": [runs(), runs(run({ status: "in_progress" }), { ...run({ status: "completed", conclusion: "failure" }), id: 9, name: "CI" }), runs(run({ status: "completed", conclusion: "success" }))],
			"/pages": [WORKFLOW_SITE],
		});
		const building: Array<string | null> = [];
		const outcome = await followPagesBuild({ get, commitSha: SHA, clock: fakeClock(), onBuilding: (_s, url) => building.push(url) });
		expect(outcome).toEqual({ kind: "built", siteUrl: "https://octo.github.io/blog/", buildUrl: "https://github.com/octo/blog/actions/runs/7" });
		expect(get.calls[1]).toBe(`/actions/runs?head_sha=${SHA}&per_page=20`);
		expect(building).toEqual(["https://github.com/octo/blog/actions/runs/7"]);
	});

	test("a failed run names the failed job and step", async () => {
		const jobs = { status: 200, data: { total_count: 1, jobs: [{ name: "build", conclusion: "failure", steps: [{ name: "Checkout", conclusion: "success" }, { name: "Build with Jekyll", conclusion: "failure" }] }] } };
		const get = scripted({ "/actions/runs/7/jobs": [jobs], "/actions/runs?": [runs(run({ status: "completed", conclusion: "failure" }))], "/pages": [WORKFLOW_SITE] });
		expect(await followPagesBuild({ get, commitSha: SHA, clock: fakeClock() })).toMatchObject({ kind: "errored", message: "build › Build with Jekyll: failure", buildUrl: "https://github.com/octo/blog/actions/runs/7" });
		const noJobs = scripted({ "/actions/runs/7/jobs": [{ status: 403, data: null }], "/actions/runs?": [runs(run({ status: "completed", conclusion: "cancelled" }))], "/pages": [WORKFLOW_SITE] });
		expect(await followPagesBuild({ get: noJobs, commitSha: SHA, clock: fakeClock() })).toMatchObject({ kind: "errored", message: "pages build and deployment: cancelled" });
	});

	test("a token without Actions read access: no permission", async () => {
		const get = scripted({ "/actions/runs?": [{ status: 403, data: null }], "/pages": [WORKFLOW_SITE] });
		expect(await followPagesBuild({ get, commitSha: SHA, clock: fakeClock() })).toMatchObject({ kind: "unknown", reason: "no-permission" });
	});
});
