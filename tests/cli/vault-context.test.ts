/** @jest-environment node */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { openVault, reloadPluginData } from "../../src/cli/vault-context";

let vault: string;
let dataPath: string;
const record = (post: string) => ({ version: 1, sites: { "folder:/blog": { notes: { "a.md": { post, hash: "h", assets: [] } }, sharedAssets: [] } } });

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "ll-context-"));
	dataPath = join(vault, ".obsidian/plugins/learning-log/data.json");
	mkdirSync(join(dataPath, ".."), { recursive: true });
	writeFileSync(dataPath, JSON.stringify({ version: 2, publishManifest: record("_posts/one.md") }));
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("reloading data.json during a run", () => {
	test("the text read at the start, or saved since, is not parsed again; another run's save is", async () => {
		const context = await openVault(vault, { LANG: "en_US.UTF-8" });
		expect(await reloadPluginData(context)).toBe(context.data);
		expect(context.data.publishManifest).toEqual(record("_posts/one.md"));

		// Another run saved meanwhile: its record is taken.
		writeFileSync(dataPath, JSON.stringify({ version: 2, publishManifest: record("_posts/two.md") }));
		const fresh = await reloadPluginData(context);
		expect(fresh).not.toBe(context.data);
		expect(fresh.publishManifest).toEqual(record("_posts/two.md"));
		expect(context.data.publishManifest).toEqual(record("_posts/two.md"));

		// This run's own save: what it wrote is what it holds.
		context.data.publishManifest = record("_posts/three.md");
		await context.save();
		expect(JSON.parse(readFileSync(dataPath, "utf8")).publishManifest).toEqual(record("_posts/three.md"));
		expect(await reloadPluginData(context)).toBe(context.data);
	});

	test("a save that fails leaves the next reload reading the disk", async () => {
		const context = await openVault(vault, { LANG: "en_US.UTF-8" });
		context.data.publishManifest = record("_posts/unsaved.md");
		// A folder where the temporary file goes makes the write fail.
		rmSync(join(dataPath, ".."), { recursive: true });
		writeFileSync(join(vault, ".obsidian/plugins/learning-log"), "not a folder");
		await expect(context.save()).rejects.toThrow();
		rmSync(join(vault, ".obsidian/plugins/learning-log"));
		mkdirSync(join(dataPath, ".."));
		writeFileSync(dataPath, JSON.stringify({ version: 2, publishManifest: record("_posts/one.md") }));
		expect((await reloadPluginData(context)).publishManifest).toEqual(record("_posts/one.md"));
	});
});
