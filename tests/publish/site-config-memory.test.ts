/** @jest-environment node */
import { readManifest, type PublishManifest } from "../../src/publish/plan/manifest";
import { runPublish } from "../../src/publish/publish-pipeline";
import { DEFAULT_PUBLISH_SETTINGS } from "../../src/publish/publish-settings";
import { GitHubTestServer } from "../github-server/github-api-server";
import { filesOnBranch, seed, targetFor } from "../github-server/harness";
import { MemoryNoteStore } from "./helpers/memory-store";
import { tinyConvert } from "./helpers/tiny-converter";

const TOKEN = "fake-token-siteConfigMemoryToken000000000000000001";
const SITE_KEY = "github:api.github.com/octo/blog#main";

let server: GitHubTestServer;
beforeEach(async () => {
	server = await GitHubTestServer.start({ token: TOKEN });
});
afterEach(async () => {
	expect(server.violations).toEqual([]);
	await server.close();
});

const store = () =>
	new MemoryNoteStore({
		"daily/2021-08-10.md": "---\npublish: true\ndate: 2021-08-10\n---\n![[loss.png]]\n",
		"attachments/loss.png": new Uint8Array([137, 80, 78, 71]),
	});

async function publish(manifest: PublishManifest) {
	const outcome = await runPublish({
		store: store(),
		target: targetFor(server, { token: TOKEN }).target,
		siteKey: SITE_KEY,
		settings: DEFAULT_PUBLISH_SETTINGS,
		manifest,
		scope: { kind: "all" },
		dryRun: false,
		convert: tinyConvert,
	});
	// What data.json holds between runs, read back as the next run reads it.
	return readManifest(JSON.parse(JSON.stringify(outcome.manifest))).manifest;
}

const paths = () => server.requests.map((request) => `${request.method} ${request.path.replace(/[0-9a-f]{40}/, "<sha>")}`);

describe("the site's _config.yml on GitHub", () => {
	test("is read once, then only when its blob id changes: an unchanged republish is the branch and its tree", async () => {
		await seed(server, { "_config.yml": "baseurl: /blog\n" });
		const first = await publish(readManifest(null).manifest);
		expect(first.sites[SITE_KEY].siteConfig?.text).toBe("baseurl: /blog\n");
		expect((await filesOnBranch(server))["_posts/2021-08-10-2021-08-10.md"]).toContain("/blog/assets/");

		server.resetCounts();
		const second = await publish(first);
		expect(paths()).toEqual(["GET /repos/octo/blog/branches/main", "GET /repos/octo/blog/git/trees/<sha>"]);
		expect(second.sites[SITE_KEY].siteConfig).toEqual(first.sites[SITE_KEY].siteConfig);

		// Someone edits the config on GitHub: the next publish sees the new blob id, reads it, and uses it.
		await seed(server, { "_config.yml": "baseurl: /notes\n" });
		server.resetCounts();
		const third = await publish(second);
		expect(paths().slice(0, 3)).toEqual(["GET /repos/octo/blog/branches/main", "GET /repos/octo/blog/git/trees/<sha>", "GET /repos/octo/blog/contents/_config.yml"]);
		expect(third.sites[SITE_KEY].siteConfig?.text).toBe("baseurl: /notes\n");
		expect((await filesOnBranch(server))["_posts/2021-08-10-2021-08-10.md"]).toContain("/notes/assets/");
	});

	test("a site without one is read as Jekyll's defaults and nothing is remembered; a malformed memory is forgotten", async () => {
		const first = await publish(readManifest(null).manifest);
		expect(first.sites[SITE_KEY].siteConfig).toBeUndefined();
		const raw = JSON.parse(JSON.stringify(first)) as { sites: Record<string, Record<string, unknown>> };
		raw.sites[SITE_KEY].siteConfig = { blob: 42 };
		const read = readManifest(raw);
		expect(read.problem).toBe("none");
		expect(read.manifest.sites[SITE_KEY].siteConfig).toBeUndefined();
	});
});
