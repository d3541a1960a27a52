import { contentHash } from "../../../src/publish/plan/content-hash";
import { emptyManifest, filesOf, readManifest, siteManifest, withSiteManifest } from "../../../src/publish/plan/manifest";

const valid = {
	version: 1,
	sites: {
		"folder:/blog": {
			notes: { "a.md": { post: "_posts/2021-08-10-a.md", hash: "01", assets: ["assets/img/x.png"] } },
			sharedAssets: ["assets/img/y.png"],
		},
	},
};

describe("readManifest", () => {
	test("nothing saved yet is an empty manifest without a problem", () => {
		expect(readManifest(null)).toEqual({ manifest: emptyManifest(), problem: "none" });
		expect(readManifest(undefined)).toEqual({ manifest: emptyManifest(), problem: "none" });
	});

	test("a valid manifest reads back equal, as a copy", () => {
		const { manifest, problem } = readManifest(valid);
		expect(problem).toBe("none");
		expect(manifest).toEqual(valid);
		manifest.sites["folder:/blog"].sharedAssets.push("z");
		expect(valid.sites["folder:/blog"].sharedAssets).toEqual(["assets/img/y.png"]);
	});

	test.each([
		["a string", "garbage"],
		["a list", []],
		["an unknown version", { ...valid, version: 2 }],
		["sites not an object", { version: 1, sites: [] }],
		["an entry without post", { version: 1, sites: { s: { notes: { "a.md": { hash: "1", assets: [] } }, sharedAssets: [] } } }],
		["assets that are not strings", { version: 1, sites: { s: { notes: { "a.md": { post: "p", hash: "1", assets: [1] } }, sharedAssets: [] } } }],
		["no sharedAssets", { version: 1, sites: { s: { notes: {} } } }],
	])("%s is dropped whole and reported", (_name, raw) => {
		expect(readManifest(raw)).toEqual({ manifest: emptyManifest(), problem: "invalid" });
	});
});

describe("site records", () => {
	test("filesOf lists posts, their assets and shared assets", () => {
		const site = siteManifest(readManifest(valid).manifest, "folder:/blog");
		expect([...filesOf(site)].sort()).toEqual(["_posts/2021-08-10-a.md", "assets/img/x.png", "assets/img/y.png"]);
	});

	test("an unknown site is empty and replacing one site keeps the others", () => {
		const manifest = readManifest(valid).manifest;
		expect(siteManifest(manifest, "github:me/blog")).toEqual({ notes: {}, sharedAssets: [] });
		const next = withSiteManifest(manifest, "github:me/blog", { notes: {}, sharedAssets: ["q"] });
		expect(Object.keys(next.sites).sort()).toEqual(["folder:/blog", "github:me/blog"]);
		expect(manifest.sites["github:me/blog"]).toBeUndefined();
	});
});

describe("contentHash", () => {
	test("is stable and tells different texts apart", () => {
		expect(contentHash("# 학습기록\n")).toBe(contentHash("# 학습기록\n"));
		expect(contentHash("a")).not.toBe(contentHash("b"));
		expect(contentHash("")).toMatch(/^[0-9a-f]{14}$/);
	});
});

describe("imported notes in the record", () => {
	test("what an imported post was like reads back; a malformed one is dropped, not the entry", () => {
		const imported = { frontMatter: "0123", post: "_posts/java/2021-07-20-intro.md", liquid: ["{{ site.title }}"], assets: { "blog/a.png": "assets/a.png" }, addresses: { "blog/a.png": "/blog/assets/a.png" } };
		const entry = { post: imported.post, hash: "h", assets: [], importedNote: "0456" };
		const raw = { version: 1, sites: { s: { notes: { "blog/java/intro.md": { ...entry, imported }, "blog/b.md": { ...entry, imported: { post: 1 } } }, sharedAssets: [] } } };
		const { manifest, problem } = readManifest(raw);
		expect(problem).toBe("none");
		expect(manifest.sites.s.notes["blog/java/intro.md"]).toEqual({ ...entry, imported });
		expect(manifest.sites.s.notes["blog/b.md"]).toEqual(entry);
	});
});
