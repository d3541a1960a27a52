/** @jest-environment node */
// Each way a publish can go wrong against GitHub: afterwards the branch is either fully updated or
// exactly as it was, and the token appears in no message.
import { GitHubError } from "../../../src/publish/targets/github/github-errors";
import type { PublishChanges } from "../../../src/publish/targets/publish-target";
import type { FaultKind } from "../../github-server/faults";
import { GitHubTestServer } from "../../github-server/github-api-server";
import { filesOnBranch, seed, targetFor } from "../../github-server/harness";

const TOKEN = "fake-token-faultTestTokenThatMustNeverLeak00000003";
const PUBLISHED = { "_config.yml": "title: blog\n", "_posts/2021-08-09-day1.md": "old day 1\n", "_posts/2021-08-10-day2.md": "day 2\n" };
const CHANGES: PublishChanges = {
	write: [
		{ path: "_posts/2021-08-09-day1.md", content: "new day 1 학습\n" },
		{ path: "_posts/2021-08-11-day3.md", content: "day 3\n" },
		{ path: "assets/chart.png", content: new Uint8Array([137, 80, 78, 71, 0, 1, 2]) },
	],
	delete: ["_posts/2021-08-10-day2.md"],
};
const UPDATED = {
	"_config.yml": "title: blog\n",
	"_posts/2021-08-09-day1.md": "new day 1 학습\n",
	"_posts/2021-08-11-day3.md": "day 3\n",
	"assets/chart.png": Buffer.from([137, 80, 78, 71, 0, 1, 2]).toString("utf8"),
};

/** The client's clock in these tests: rate-limit resets are relative to it. */
const CLOCK = Date.UTC(2026, 10, 28, 12, 0, 0);

let server: GitHubTestServer;
let before: string;
/** Every text a person could see: results, errors, progress. */
let seen: string[];

beforeEach(async () => {
	server = await GitHubTestServer.start({ token: TOKEN });
	before = await seed(server, PUBLISHED);
	seen = [];
});
afterEach(async () => {
	expect(server.violations).toEqual([]);
	expect(seen.join("\n")).not.toContain(TOKEN);
	await server.close();
});

async function publish(): Promise<{ error: GitHubError | null; sleeps: number[] }> {
	const { target, sleeps } = targetFor(server, { token: TOKEN, now: () => CLOCK });
	try {
		const result = await target.apply(CHANGES, { message: "Publish {{written}}", onProgress: (...args) => seen.push(args.join(" ")) });
		seen.push(JSON.stringify(result));
		return { error: null, sleeps };
	} catch (error) {
		if (!(error instanceof GitHubError)) throw error;
		seen.push(error.message, JSON.stringify(error.details), String(error.stack));
		return { error, sleeps };
	}
}

async function expectFullyUpdatedByOneCommit(extraFiles: Record<string, string> = {}): Promise<void> {
	expect(await filesOnBranch(server)).toEqual({ ...UPDATED, ...extraFiles });
	const head = (await server.repo.branchHead("main"))!;
	const ours = await server.repo.readCommit(head);
	expect(ours.message).toBe("Publish 3");
	// Exactly one commit of ours on top of whatever was there.
	const parent = await server.repo.readCommit(ours.parents[0]);
	expect(parent.message).not.toBe("Publish 3");
}

async function expectUntouched(): Promise<void> {
	expect(await server.repo.branchHead("main")).toBe(before);
}

const recovered: Array<[string, FaultKind, { method?: string; path?: RegExp; times?: number }, number[]]> = [
	["500 on creating the tree", { kind: "status", status: 500 }, { method: "POST", path: /git\/trees$/ }, [1000]],
	["502 twice on moving the branch", { kind: "status", status: 502 }, { method: "PATCH", times: 2 }, [1000, 2000]],
	["a secondary rate limit on uploading an image", { kind: "secondary-rate-limit", retryAfterSeconds: 7 }, { method: "POST", path: /blobs$/ }, [7000]],
	["an hourly quota that resets in 30 s", { kind: "primary-rate-limit", resetAt: CLOCK / 1000 + 30 }, { method: "GET" }, [31_000]],
	["a connection dropped before the commit is made", { kind: "drop-before" }, { method: "POST", path: /commits$/ }, [1000]],
	["a connection dropped after the branch moved", { kind: "drop-after" }, { method: "PATCH" }, [1000]],
];

describe("faults that a retry fixes: the branch is fully updated, once", () => {
	test.each(recovered)("%s", async (_name, fault, where, expectedSleeps) => {
		server.inject(fault, where);
		const { error, sleeps } = await publish();
		expect(error).toBeNull();
		await expectFullyUpdatedByOneCommit();
		expect(sleeps).toEqual(expectedSleeps);
	});

	test("a push by someone else just before ours: rebuilt on their commit, theirs kept", async () => {
		server.inject({ kind: "concurrent-push" }, { method: "PATCH" });
		const { error } = await publish();
		expect(error).toBeNull();
		await expectFullyUpdatedByOneCommit({ "concurrent-1.md": expect.stringContaining("someone else") as unknown as string });
		const head = (await server.repo.branchHead("main"))!;
		const parent = (await server.repo.readCommit(head)).parents[0];
		expect((await server.repo.readCommit(parent)).message).toBe("A concurrent push\n");
		expect(server.requests.filter((r) => r.method === "PATCH").map((r) => r.status)).toEqual([422, 200]);
	});
});

describe("faults that persist: the branch is exactly as it was", () => {
	test.each<[string, FaultKind, { method?: string; path?: RegExp; times?: number }, string]>([
		["401 in the middle (token revoked)", { kind: "status", status: 401 }, { method: "POST", path: /commits$/ }, "unauthorized"],
		["502 on every attempt to commit", { kind: "status", status: 502 }, { method: "POST", path: /commits$/, times: 99 }, "server-error"],
		["every connection to move the branch dropped", { kind: "drop-before" }, { method: "PATCH", times: 99 }, "network"],
		["an hourly quota that resets in an hour", { kind: "primary-rate-limit", resetAt: CLOCK / 1000 + 3600 }, { method: "GET" }, "rate-limited"],
	])("%s", async (_name, fault, where, code) => {
		server.inject(fault, where);
		const { error } = await publish();
		expect(error?.code).toBe(code);
		await expectUntouched();
	});

	test("someone pushes before every attempt: gives up after a bounded number of rebuilds, theirs kept, ours absent", async () => {
		server.inject({ kind: "concurrent-push" }, { method: "PATCH", times: 99 });
		const { error } = await publish();
		expect(error?.code).toBe("conflict");
		expect(server.requests.filter((r) => r.method === "PATCH")).toHaveLength(4);
		const files = await filesOnBranch(server);
		expect(files["_posts/2021-08-09-day1.md"]).toBe("old day 1\n");
		expect(files["_posts/2021-08-11-day3.md"]).toBeUndefined();
		expect(Object.keys(files).filter((path) => path.startsWith("concurrent-"))).toHaveLength(4);
	});
});

test("the first publish to an empty repository survives losing the answer to its first write", async () => {
	await server.close();
	server = await GitHubTestServer.start({ token: TOKEN });
	server.inject({ kind: "drop-after" }, { method: "PUT" });
	const { error } = await publish();
	expect(error).toBeNull();
	const files = await filesOnBranch(server);
	expect(Object.keys(files).sort()).toEqual(["_posts/2021-08-09-day1.md", "_posts/2021-08-11-day3.md", "assets/chart.png"]);
});

test("an empty repository whose initialisation half succeeds says what it now holds, never that nothing changed", async () => {
	await server.close();
	server = await GitHubTestServer.start({ token: TOKEN });
	// The first file goes in through the contents API; every later request fails.
	server.inject({ kind: "status", status: 401 }, { method: "POST", times: 100 });
	const { target } = targetFor(server, { token: TOKEN, now: () => CLOCK });
	const { InitialCommitOnlyError } = await import("../../../src/publish/publish-errors");
	const { describeFailure } = await import("../../../src/publish/report-messages");
	const { createTranslator } = await import("../../../src/i18n/translator");
	const error = await target.apply(CHANGES, { message: "Publish" }).catch((caught: unknown) => caught);
	expect(error).toBeInstanceOf(InitialCommitOnlyError);
	const message = describeFailure(createTranslator("en"), error);
	seen.push(message);
	expect(message).toMatch(/now holds an initial commit with _posts\/2021-08-09-day1\.md/);
	expect(message).not.toMatch(/nothing was changed/);
	expect(Object.keys(await filesOnBranch(server))).toEqual(["_posts/2021-08-09-day1.md"]);
});
