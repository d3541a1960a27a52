import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { App, Notice } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";

const EXAMPLES = join(__dirname, "../../examples/vault");

async function loadExamples(app: App): Promise<void> {
	const walk = async (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.name.startsWith(".")) continue;
			if (entry.isDirectory()) await walk(path);
			else if (entry.name.endsWith(".md")) await app.vault.create(relative(EXAMPLES, path), readFileSync(path, "utf8"));
			else await app.vault.createBinary(relative(EXAMPLES, path), new Uint8Array(readFileSync(path)).buffer);
		}
	};
	await walk(EXAMPLES);
}

async function until(condition: () => boolean): Promise<void> {
	for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	if (!condition()) throw new Error("condition never became true");
}

async function setUp(siteFolder?: string) {
	const app = new App();
	await loadExamples(app);
	const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4", author: "", description: "" });
	await plugin.onload();
	const site = siteFolder ?? mkdtempSync(join(tmpdir(), "ll-plugin-site-"));
	writeFileSync(join(site, "_config.yml"), "permalink: /:categories/:title/\n");
	plugin.settings.publish.siteFolder = site;
	Notice.shown.length = 0;
	return { app, plugin, site, fake: plugin as unknown as import("../__mocks__/obsidian").Plugin };
}

const posts = (site: string) => readdirSync(join(site, "_posts")).sort();

describe("publish commands", () => {
	test("Publish all notes writes the posts, saves the manifest and says what was done", async () => {
		const { plugin, site, fake } = await setUp();
		expect(fake.runCommand("publish-all-notes")).toBe(true);
		await until(() => Notice.shown.some((text) => text.startsWith("Published")));
		expect(posts(site).length).toBe(11);
		expect(readdirSync(join(site, "assets/img"))).toEqual(["loss-curve.png"]);
		const saved = fake.savedData as { publishManifest: { sites: Record<string, { notes: object }> } };
		expect(Object.keys(Object.values(saved.publishManifest.sites)[0].notes)).toHaveLength(11);
		expect(plugin.publishManifest).toEqual(saved.publishManifest);
		expect(Notice.shown.some((text) => text.startsWith("Reading notes"))).toBe(true);
		expect(Notice.shown.find((text) => text.startsWith("Published"))).toContain("warnings");
		expect(document.body.textContent).toContain("Publish report");
	});

	test("Publish current note is offered only for a markdown note and publishes only it", async () => {
		const { app, site, fake } = await setUp();
		expect(fake.runCommand("publish-current-note")).toBe(false);
		app.workspace.setActiveFile(app.vault.getFileByPath("attachments/loss-curve.png"));
		expect(fake.runCommand("publish-current-note")).toBe(false);
		app.workspace.setActiveFile(app.vault.getFileByPath("topics/Optimization.md"));
		expect(fake.runCommand("publish-current-note")).toBe(true);
		await until(() => Notice.shown.some((text) => text.startsWith("Published")));
		expect(posts(site)).toEqual(["2021-08-10-optimization.md"]);
	});

	test("Preview publish lists what would be written and writes nothing until asked", async () => {
		const { site, fake } = await setUp();
		fake.runCommand("preview-publish");
		await until(() => (document.body.textContent ?? "").includes("Preview publish"));
		const modal = [...document.body.querySelectorAll("div")].find((el) => el.textContent?.startsWith("Preview publish"))!;
		expect(modal.textContent).toContain("Posts (11)");
		expect(modal.textContent).toContain("_posts/2021-08-10-optimization.md — new");
		expect(readdirSync(site)).toEqual(["_config.yml"]);
		const button = [...modal.querySelectorAll("button")].find((el) => el.textContent === "Publish now")!;
		button.click();
		await until(() => Notice.shown.some((text) => text.startsWith("Published")));
		expect(posts(site).length).toBe(11);
		document.body.replaceChildren();
	});

	test("without a site folder the setup opens, GitHub first; with a relative one it says what to set; nothing is written", async () => {
		const { plugin, fake } = await setUp();
		plugin.settings.publish.siteFolder = "";
		fake.runCommand("publish-all-notes");
		const setup = document.querySelector(".learning-log-publish-setup")!;
		const names = [...setup.querySelectorAll(".setting-item-name")].map((el) => el.textContent);
		expect(names.slice(0, 3)).toEqual(["Repository", "Branch", "Token"]);
		expect(names).toContain("Site folder");
		[...setup.querySelectorAll("button")].find((el) => el.textContent === "Cancel")!.click();
		expect(document.querySelector(".learning-log-publish-setup")).toBeNull();
		plugin.settings.publish.siteFolder = "blog";
		fake.runCommand("publish-all-notes");
		await until(() => Notice.shown.some((text) => text.includes("full path")));
		expect(Notice.shown.some((text) => /failed/i.test(text))).toBe(false);
	});

	test("a site folder that does not exist fails the publish with a clear message", async () => {
		const { plugin, site, fake } = await setUp();
		plugin.settings.publish.siteFolder = join(site, "missing");
		fake.runCommand("publish-all-notes");
		await until(() => Notice.shown.some((text) => text.includes("does not exist")));
		expect((fake.savedData as { publishManifest?: unknown } | null)?.publishManifest ?? null).toBeNull();
	});
});
