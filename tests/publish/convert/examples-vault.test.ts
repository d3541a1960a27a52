/** @jest-environment node */
import * as fs from "fs";
import * as path from "path";
import { convertVault } from "../../../src/publish/convert/convert-vault";
import { parseNote } from "../../../src/core/front-matter";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

const VAULT = path.join(__dirname, "../../../examples/vault");

function listFiles(dir: string, prefix = ""): string[] {
	return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		if (entry.name.startsWith(".")) return [];
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		return entry.isDirectory() ? listFiles(dir, relative) : [relative];
	});
}

describe("examples/vault", () => {
	const files = listFiles(VAULT);
	const notes = files.filter((file) => file.endsWith(".md")).map((file) => ({ path: file, text: fs.readFileSync(path.join(VAULT, file), "utf8"), ctime: Date.UTC(2021, 7, 9), mtime: Date.UTC(2021, 7, 12) }));
	const published = new Set(notes.filter((note) => parseNote(note.path, note.text).frontMatter?.publish === true).map((note) => note.path));
	const settings = DEFAULT_PUBLISH_SETTINGS;
	const result = convertVault({
		notes,
		attachments: files.filter((file) => !file.endsWith(".md")),
		publishedPaths: published,
		settings,
		site: parseSiteConfig("permalink: /:categories/:title/\ntimezone: Asia/Seoul\nkramdown:\n  input: GFM\n", settings),
	});

	test("every published note converts without error", () => {
		expect(published.size).toBeGreaterThan(5);
		expect(result.errors).toEqual([]);
		expect(result.posts.map((post) => post.source).sort()).toEqual([...published].sort());
	});

	test("no Obsidian syntax is left outside code, and nothing points into the vault", () => {
		for (const post of result.posts) {
			const prose = post.content.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
			expect(prose).not.toMatch(/\[\[|\]\]|==\S|%%|\[![a-z]+\]/);
			expect(prose).not.toMatch(/\]\([^)]*\.md\)/);
		}
	});

	test("the unpublished note is only named, with a warning, never linked or inlined", () => {
		const warned = result.posts.filter((post) => post.warnings.some((warning) => warning.code === "unpublished-link"));
		expect(warned.length).toBeGreaterThan(0);
		for (const post of result.posts) expect(post.content).not.toContain("transformer-정리");
	});

	test("used attachments are copied under the assets folder", () => {
		expect(result.assets).toEqual([{ source: "attachments/loss-curve.png", path: "assets/img/loss-curve.png" }]);
	});
});
