import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, Notice } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { writeFixtureBlog } from "../import/fixture-blog";
import { filesUnder } from "../import/tree-files";

async function until(condition: () => boolean): Promise<void> {
	for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	if (!condition()) throw new Error("condition never became true");
}

const DAY_ONE = '---\ntitle: "[boostcourse] Day1 학습기록"\ndate: 2021-08-02 21:30:00 +0900\n---\nWritten in Obsidian before the blog was imported.\n';

async function setUp() {
	const app = new App();
	await app.vault.create("daily/2021-08-02.md", DAY_ONE, { ctime: Date.UTC(2021, 7, 2), mtime: Date.UTC(2021, 7, 2) });
	const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4", author: "", description: "" });
	await plugin.onload();
	const site = mkdtempSync(join(tmpdir(), "ll-import-site-"));
	const posts = writeFixtureBlog(site);
	plugin.settings.publish.siteFolder = site;
	Notice.shown.length = 0;
	return { app, plugin, site, posts, fake: plugin as unknown as import("../__mocks__/obsidian").Plugin };
}

describe("Import posts from the blog", () => {
	afterEach(() => document.body.replaceChildren());

	test("previews the counts first, writes only on Import, and the next publish writes nothing", async () => {
		const { app, site, posts, fake } = await setUp();
		const before = filesUnder(site);
		expect(fake.runCommand("import-posts-from-blog")).toBe(true);
		await until(() => [...document.body.querySelectorAll("button")].some((el) => el.textContent === "Import"));
		const modal = [...document.body.querySelectorAll("div")].find((el) => el.textContent?.startsWith("Import posts from the blog"))!;
		expect(modal.textContent).toContain(`${posts.length - 1} new notes`);
		expect(modal.textContent).toContain("1 post is already in the vault as notes");
		expect(modal.textContent).toContain("2 images copied into the vault");
		expect(app.vault.getFiles().map((file) => file.path)).toEqual(["daily/2021-08-02.md"]);

		[...modal.querySelectorAll("button")].find((el) => el.textContent === "Import")!.click();
		await until(() => Notice.shown.some((text) => text.includes("imported")));
		const notes = app.vault.getMarkdownFiles().map((file) => file.path);
		expect(notes.filter((path) => path.startsWith("blog/"))).toHaveLength(posts.length - 1);
		expect(notes).toContain("blog/java/2021-07-20-java-intro.md");
		expect(app.vault.getFileByPath("blog/assets/images/board.png")).not.toBeNull();
		// The note that already held the first day is linked, not duplicated: it only gains publish: true.
		expect(notes).not.toContain("blog/2021-08-02-day1.md");
		expect(await app.vault.read(app.vault.getFileByPath("daily/2021-08-02.md")!)).toBe(DAY_ONE.replace("\n---\nWritten", "\npublish: true\n---\nWritten"));
		const saved = fake.savedData as { publishManifest: { sites: Record<string, { notes: Record<string, { post: string }> }> } };
		expect(Object.values(saved.publishManifest.sites)[0].notes["daily/2021-08-02.md"].post).toBe("_posts/2021-08-02-day1.md");

		Notice.shown.length = 0;
		expect(fake.runCommand("publish-all-notes")).toBe(true);
		await until(() => Notice.shown.some((text) => /^Published|^Nothing/.test(text)));
		expect(filesUnder(site)).toEqual(before);
		expect(existsSync(join(site, "assets/img"))).toBe(false);
	});

	test("a second import finds nothing to do", async () => {
		const { fake } = await setUp();
		fake.runCommand("import-posts-from-blog");
		await until(() => [...document.body.querySelectorAll("button")].some((el) => el.textContent === "Import"));
		[...document.body.querySelectorAll("button")].find((el) => el.textContent === "Import")!.click();
		await until(() => Notice.shown.some((text) => text.includes("imported")));
		document.body.replaceChildren();
		fake.runCommand("import-posts-from-blog");
		await until(() => (document.body.textContent ?? "").includes("Nothing to import"));
		expect(document.body.textContent).toContain("0 new notes");
		expect([...document.body.querySelectorAll("button")].some((el) => el.textContent === "Import")).toBe(false);
	});
});
