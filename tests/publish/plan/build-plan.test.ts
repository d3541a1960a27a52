import { buildPlan, type PlanInput } from "../../../src/publish/plan/build-plan";
import { contentHash } from "../../../src/publish/plan/content-hash";
import { emptySiteManifest, type SiteManifest } from "../../../src/publish/plan/manifest";

const post = (source: string, path: string, content: string) => ({ source, path, content });
const a = post("a.md", "_posts/2021-08-10-a.md", "![x]({{ '/assets/img/x.png' | relative_url }})\n");
const b = post("b.md", "_posts/2021-08-11-b.md", "![y](/blog/assets/img/%ED%95%99.png)\n");
const assets = [
	{ source: "att/x.png", path: "assets/img/x.png" },
	{ source: "att/학.png", path: "assets/img/학.png" },
];

function plan(input: Partial<PlanInput>) {
	return buildPlan({ previous: emptySiteManifest(), posts: [a, b], assets, failed: new Set(), scope: { kind: "all" }, ...input });
}

describe("buildPlan, whole publish", () => {
	test("a first publish writes every post and asset and records who uses what", () => {
		const result = plan({});
		expect(result.posts.map((p) => [p.path, p.status])).toEqual([
			[a.path, "new"],
			[b.path, "new"],
		]);
		expect(result.assets.map((x) => x.path)).toEqual(["assets/img/x.png", "assets/img/학.png"]);
		expect(result.delete).toEqual([]);
		expect(result.manifest.notes["a.md"]).toEqual({ post: a.path, hash: contentHash(a.content), assets: ["assets/img/x.png"] });
		expect(result.manifest.notes["b.md"].assets).toEqual(["assets/img/학.png"]);
		expect(result.manifest.sharedAssets).toEqual([]);
	});

	test("republishing the same output marks everything unchanged and deletes nothing", () => {
		const first = plan({});
		const second = plan({ previous: first.manifest });
		expect(second.posts.every((p) => p.status === "unchanged")).toBe(true);
		expect(second.delete).toEqual([]);
		expect(second.manifest).toEqual(first.manifest);
	});

	test("an unpublished note loses its post and the assets only it used", () => {
		const first = plan({});
		const second = plan({ previous: first.manifest, posts: [a], assets: [assets[0]] });
		expect(second.delete).toEqual([b.path, "assets/img/학.png"]);
		expect(Object.keys(second.manifest.notes)).toEqual(["a.md"]);
	});

	test("a re-dated note writes its new post and deletes the old one", () => {
		const first = plan({});
		const moved = post("a.md", "_posts/2021-09-01-a.md", a.content);
		const second = plan({ previous: first.manifest, posts: [moved, b] });
		expect(second.posts[0].status).toBe("changed");
		expect(second.delete).toEqual([a.path]);
	});

	test("a note that failed keeps what it published before", () => {
		const first = plan({});
		const second = plan({ previous: first.manifest, posts: [a], assets: [assets[0]], failed: new Set(["b.md"]) });
		expect(second.delete).toEqual([]);
		expect(second.manifest.notes["b.md"]).toEqual(first.manifest.notes["b.md"]);
	});

	test("never deletes what the manifest does not list, and an asset nobody names is kept as shared", () => {
		const previous: SiteManifest = { notes: {}, sharedAssets: [] };
		const orphan = { source: "att/z z.png", path: "assets/img/z z.png" };
		const result = plan({ previous, posts: [], assets: [orphan] });
		expect(result.delete).toEqual([]);
		expect(result.manifest.sharedAssets).toEqual(["assets/img/z z.png"]);
		expect(plan({ previous: result.manifest, posts: [], assets: [] }).delete).toEqual(["assets/img/z z.png"]);
	});
});

describe("buildPlan, one note", () => {
	test("writes only that note and its assets, and keeps every other record", () => {
		const first = plan({});
		const changedB = post("b.md", "_posts/2021-08-12-b.md", "no image any more\n");
		const result = plan({ previous: first.manifest, posts: [a, changedB], scope: { kind: "note", source: "b.md" } });
		expect(result.posts.map((p) => p.source)).toEqual(["b.md"]);
		expect(result.assets).toEqual([]);
		expect(result.delete).toEqual([b.path, "assets/img/학.png"]);
		expect(result.manifest.notes["a.md"]).toEqual(first.manifest.notes["a.md"]);
	});

	test("an asset another note still uses is not deleted", () => {
		const shared = post("b.md", b.path, "![x](/assets/img/x.png)\n");
		const first = plan({ posts: [a, shared] });
		const result = plan({ previous: first.manifest, posts: [post("b.md", b.path, "plain\n")], scope: { kind: "note", source: "b.md" } });
		expect(result.delete).toEqual([]);
	});

	test("a failed picked note changes nothing", () => {
		const first = plan({});
		const result = plan({ previous: first.manifest, posts: [a], failed: new Set(["b.md"]), scope: { kind: "note", source: "b.md" } });
		expect(result).toEqual({ posts: [], assets: [], delete: [], manifest: first.manifest });
	});
});

describe("buildPlan, imported notes", () => {
	test("a rewritten imported post keeps its post's form for the next publishes, and forgets the import-time note hash", () => {
		const origin = { frontMatter: "0123", post: a.path, liquid: ["{{ site.title }}"], assets: {} };
		const previous: SiteManifest = { notes: { "a.md": { post: a.path, hash: "old", assets: [], importedNote: "0456", imported: origin } }, sharedAssets: [] };
		const result = plan({ previous });
		expect(result.manifest.notes["a.md"].imported).toEqual(origin);
		expect(result.manifest.notes["a.md"].importedNote).toBeUndefined();
		expect(result.manifest.notes["b.md"].imported).toBeUndefined();
	});
});
