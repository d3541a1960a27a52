import { readManifest, type PublishManifest } from "../../src/publish/plan/manifest";
import { runPublish, type PublishRequest } from "../../src/publish/publish-pipeline";
import { DEFAULT_PUBLISH_SETTINGS } from "../../src/publish/publish-settings";
import { MemoryNoteStore } from "./helpers/memory-store";
import { MemoryTarget } from "./helpers/memory-target";
import { tinyConvert } from "./helpers/tiny-converter";

const png = new Uint8Array([137, 80, 78, 71]);

function vault(): MemoryNoteStore {
	return new MemoryNoteStore({
		"daily/2021-08-10.md": "---\npublish: true\ndate: 2021-08-10\n---\n[[Optimization]] ![[loss.png]]\n",
		"topics/Optimization.md": "---\npublish: true\ndate: 2021-08-09\n---\n[[Draft]]\n",
		"topics/Draft.md": "---\npublish: false\n---\nsecret\n",
		"topics/Loose.md": "no front matter\n",
		"templates/day.md": "---\npublish: true\n---\n{{title}}\n",
		"attachments/loss.png": png,
		"attachments/unused.png": png,
	});
}

function request(store: MemoryNoteStore, target: MemoryTarget, manifest: PublishManifest, extra: Partial<PublishRequest> = {}): PublishRequest {
	return {
		store,
		target,
		siteKey: "folder:/blog",
		settings: DEFAULT_PUBLISH_SETTINGS,
		manifest,
		scope: { kind: "all" },
		excluded: ["templates/day.md"],
		dryRun: false,
		convert: tinyConvert,
		...extra,
	};
}

const empty = readManifest(null).manifest;

describe("runPublish", () => {
	test("publishes marked notes and the attachments they use, and records them", async () => {
		const store = vault();
		const target = new MemoryTarget({ "_config.yml": "baseurl: /blog\n", "about.md": "mine" });
		const { report, manifest } = await runPublish(request(store, target, empty));
		expect(report.notes.map((n) => [n.source, n.output, n.url, n.status])).toEqual([
			["daily/2021-08-10.md", "_posts/2021-08-10-2021-08-10.md", "/blog/2021-08-10/", "new"],
			["topics/Optimization.md", "_posts/2021-08-09-Optimization.md", "/blog/Optimization/", "new"],
		]);
		expect(report.assets).toEqual([{ source: "attachments/loss.png", output: "assets/img/loss.png" }]);
		expect(report.notes[1].warnings).toEqual([{ code: "unpublishedLink", params: { target: "Draft" } }]);
		expect([...target.files.keys()].sort()).toEqual([
			"_config.yml",
			"_posts/2021-08-09-Optimization.md",
			"_posts/2021-08-10-2021-08-10.md",
			"about.md",
			"assets/img/loss.png",
		]);
		expect(target.files.get("_posts/2021-08-10-2021-08-10.md")).toContain("](/blog/assets/img/loss.png)");
		expect(manifest.sites["folder:/blog"].notes["daily/2021-08-10.md"].assets).toEqual(["assets/img/loss.png"]);
		expect(report.errors).toEqual([]);
	});

	test("the manifest keeps each post's URL and the note's modification time, for the sidebar", async () => {
		const store = vault();
		const noteMtime = (await store.stat("daily/2021-08-10.md"))!.mtime;
		const { manifest } = await runPublish(request(store, new MemoryTarget({}), empty));
		const entry = manifest.sites["folder:/blog"].notes["daily/2021-08-10.md"];
		expect([entry.url, entry.sourceMtime]).toEqual(["/2021-08-10/", noteMtime]);
		expect(readManifest(JSON.parse(JSON.stringify(manifest))).manifest).toEqual(manifest);
	});

	test("an unchanged republish writes nothing; unpublishing and deleting remove only our files", async () => {
		const store = vault();
		const target = new MemoryTarget({ "about.md": "mine" });
		const first = await runPublish(request(store, target, empty));
		const second = await runPublish(request(store, target, first.manifest));
		expect(second.report.written).toEqual([]);
		expect(second.report.notes.every((n) => n.status === "unchanged")).toBe(true);

		store.put("topics/Optimization.md", "---\npublish: false\n---\nnow private\n");
		store.remove("daily/2021-08-10.md");
		const third = await runPublish(request(store, target, second.manifest));
		expect(third.report.deleted.sort()).toEqual(["_posts/2021-08-09-Optimization.md", "_posts/2021-08-10-2021-08-10.md", "assets/img/loss.png"]);
		expect([...target.files.keys()]).toEqual(["about.md"]);
		expect(third.manifest.sites["folder:/blog"]).toEqual({ notes: {}, sharedAssets: [], blobs: {} });
	});

	test("a dry run reports the same plan and changes nothing", async () => {
		const target = new MemoryTarget();
		const outcome = await runPublish(request(vault(), target, empty, { dryRun: true }));
		expect(outcome.report.notes).toHaveLength(2);
		expect(outcome.applied).toBeNull();
		expect(outcome.manifest).toBe(empty);
		expect(target.applies).toEqual([]);
	});

	test("one bad note fails alone and keeps what it published before", async () => {
		const store = vault();
		const target = new MemoryTarget();
		const first = await runPublish(request(store, target, empty));
		store.put("topics/Optimization.md", "---\npublish: true\ndate: 2021-08-09\n---\nBROKEN\n");
		store.put("topics/Bad yaml.md", "---\npublish: true\ntitle: [oops\n---\n");
		const second = await runPublish(request(store, target, first.manifest));
		expect(second.report.errors.map((e) => [e.source, e.code]).sort()).toEqual([
			["topics/Bad yaml.md", "front-matter"],
			["topics/Optimization.md", "broken"],
		]);
		expect(second.report.deleted).toEqual([]);
		expect(target.files.has("_posts/2021-08-09-Optimization.md")).toBe(true);
		expect(second.manifest.sites["folder:/blog"].notes["topics/Optimization.md"]).toEqual(first.manifest.sites["folder:/blog"].notes["topics/Optimization.md"]);
	});

	test("a failed apply keeps the old manifest", async () => {
		const target = new MemoryTarget();
		target.failNextApply = true;
		await expect(runPublish(request(vault(), target, empty))).rejects.toThrow("disk full");
	});

	test("publishing one note writes only it, and its links reach only posts already on the site", async () => {
		const store = vault();
		const target = new MemoryTarget();
		const outcome = await runPublish(request(store, target, empty, { scope: { kind: "note", source: "daily/2021-08-10.md" } }));
		expect(outcome.report.notes.map((n) => n.source)).toEqual(["daily/2021-08-10.md"]);
		expect(outcome.report.notes[0].warnings).toEqual([{ code: "unpublishedLink", params: { target: "Optimization" } }]);
		expect([...target.files.keys()].sort()).toEqual(["_posts/2021-08-10-2021-08-10.md", "assets/img/loss.png"]);

		const all = await runPublish(request(store, target, outcome.manifest));
		store.put("daily/2021-08-10.md", "---\npublish: true\ndate: 2021-08-11\n---\nmoved\n");
		const again = await runPublish(request(store, target, all.manifest, { scope: { kind: "note", source: "daily/2021-08-10.md" } }));
		expect(again.report.deleted.sort()).toEqual(["_posts/2021-08-10-2021-08-10.md", "assets/img/loss.png"]);
		expect(target.files.has("_posts/2021-08-09-Optimization.md")).toBe(true);
		expect(Object.keys(again.manifest.sites["folder:/blog"].notes).sort()).toEqual(["daily/2021-08-10.md", "topics/Optimization.md"]);
	});

	test("publishing one note does not link to a post whose path moved since the last full publish", async () => {
		const store = vault();
		const target = new MemoryTarget();
		const all = await runPublish(request(store, target, empty));
		store.put("topics/Optimization.md", "---\npublish: true\ndate: 2021-09-01\n---\n[[Draft]]\n");
		const one = await runPublish(request(store, target, all.manifest, { scope: { kind: "note", source: "daily/2021-08-10.md" } }));
		expect(one.report.notes[0].warnings).toEqual([{ code: "unpublishedLink", params: { target: "Optimization" } }]);
		expect(target.files.has("_posts/2021-09-01-Optimization.md")).toBe(false);
		expect(target.files.has("_posts/2021-08-09-Optimization.md")).toBe(true);
	});

	test("--all publishes every note except publish: false and the template", async () => {
		const outcome = await runPublish(request(vault(), new MemoryTarget(), empty, { everyNote: true, dryRun: true }));
		expect(outcome.report.notes.map((n) => n.source)).toEqual(["daily/2021-08-10.md", "topics/Loose.md", "topics/Optimization.md"]);
	});

	test("an attachment that cannot be read is reported; the other attachments are still written", async () => {
		const store = vault();
		store.put("daily/2021-08-10.md", "---\npublish: true\ndate: 2021-08-10\n---\n![[loss.png]] ![[unused.png]]\n");
		const readBinary = store.readBinary.bind(store);
		store.readBinary = (path: string) => (path === "attachments/loss.png" ? Promise.reject(new Error("disk error")) : readBinary(path));
		const target = new MemoryTarget({});
		const { report } = await runPublish(request(store, target, empty));
		expect(report.errors).toEqual([{ source: "attachments/loss.png", code: "asset-unreadable", message: "disk error" }]);
		expect(report.assets).toEqual([{ source: "attachments/unused.png", output: "assets/img/unused.png" }]);
		expect(target.files.has("assets/img/unused.png")).toBe(true);
		expect(target.files.has("assets/img/loss.png")).toBe(false);
	});

	test("reports reading progress", async () => {
		const phases = new Set<string>();
		await runPublish(request(vault(), new MemoryTarget(), empty, { onProgress: (phase) => phases.add(phase) }));
		expect([...phases]).toEqual(["read", "convert"]);
	});
});
