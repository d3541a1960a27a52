/** @jest-environment node */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { App, TFile } from "obsidian";
import { convertVault } from "../../src/publish/convert/convert-vault";
import { importedOrigins } from "../../src/publish/convert/imported-form";
import { readManifest } from "../../src/publish/plan/manifest";
import { parseSiteConfig } from "../../src/publish/site/site-config";
import { parsePluginData } from "../../src/settings/plugin-data";
import { writeFixtureBlog } from "../import/fixture-blog";
import { filesUnder } from "../import/tree-files";
import { CLI, jekyllBuild, publish, requireTools, run } from "./jekyll-site";

let work: string;
let site: string;
let vault: string;
let postPaths: string[];
let before: Map<string, string>;

/** Every HTML page Jekyll built (the feed and sitemap carry the build time and are left out). */
function builtPages(root: string): Map<string, string> {
	const pages = new Map<string, string>();
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith(".html")) pages.set(relative(root, path), readFileSync(path, "utf8"));
		}
	};
	walk(join(root, "_site"));
	return pages;
}

const NOTICES_PAGE = "_site/blog/2021/07/12/notices/index.html";

/** A post without Liquid (other than post_url links), math or theme markup: it must come back byte for byte. */
function isPlainPost(text: string): boolean {
	const liquid = (text.match(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g) ?? []).filter((span) => !/^\{%-?\s*post_url\s/.test(span));
	return liquid.length === 0 && !text.includes("$$") && !/\{:\s*\.(?:notice|prompt)|class="notice/.test(text);
}

/**
 * What a reader gets from a page: its words, and where each link and image goes (the site's own
 * origin dropped, as a browser resolves a relative link to the same place).
 */
function readerView(html: string): { text: string; targets: string[] } {
	const targets = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1].replace(/^https:\/\/learner\.github\.io/, ""));
	const text = html
		.replace(/<[^>]*>/g, " ")
		.replace(/\s+/g, " ")
		.trim();
	return { text, targets };
}

function importBlog(extra: string[] = []) {
	return run(process.execPath, [CLI, "import", "--vault", vault, "--site", site, ...extra], site);
}

function manifestOf(): ReturnType<typeof readManifest>["manifest"] {
	const data = JSON.parse(readFileSync(join(vault, ".obsidian/plugins/learning-log/data.json"), "utf8")) as unknown;
	return readManifest((data as { publishManifest: unknown }).publishManifest).manifest;
}

beforeAll(() => {
	requireTools();
	work = mkdtempSync(join(tmpdir(), "learning-log-import-"));
	site = join(work, "site");
	vault = join(work, "vault");
	mkdirSync(vault);
	postPaths = writeFixtureBlog(site);
	const build = jekyllBuild(site);
	expect(build.status).toBe(0);
	expect(build.postCount).toBe(postPaths.length);
	before = builtPages(site);
});

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

describe("importing a hand-written Jekyll blog into an empty vault", () => {
	test("a dry run lists every post and changes nothing", () => {
		const result = importBlog(["--dry-run"]);
		expect(result.status).toBe(0);
		expect(result.output).toContain(`${postPaths.length} new notes`);
		expect(readdirSync(vault)).toEqual([]);
	});

	test("the import writes one note per post, keeping the subfolders, and the images", () => {
		const result = importBlog();
		expect(result.status).toBe(0);
		expect(result.output).toContain(`${postPaths.length} new notes`);
		for (const path of postPaths) expect(statSync(join(vault, "blog", `${path.slice("_posts/".length)}`)).isFile()).toBe(true);
		expect(statSync(join(vault, "blog/assets/images/board.png")).isFile()).toBe(true);
		const remotes = readFileSync(join(vault, "blog/2021-07-06-git-remotes.md"), "utf8");
		expect(remotes).toContain("[[2021-07-05-git-basics|the basics]]");
		expect(remotes).toContain("[[2021-07-05-git-basics#Branches|branches]]");
		expect(remotes).toMatch(/\npublish: true\n---\n/);
		// Reference-style links and HTML images have no exact Obsidian form: kept as written, and said so.
		expect(result.output).toContain("[basics]: {% post_url 2021-07-05-git-basics %}");
		expect(result.output).toContain('<img src="/blog/assets/images/diagram.png" alt="html image">');
		expect(readFileSync(join(vault, "blog/2021-07-27-references.md"), "utf8")).toContain("[basics]: {% post_url 2021-07-05-git-basics %}\n");
	});

	test("publishing all notes into the same site right after writes nothing and deletes nothing", () => {
		const result = publish(vault, site);
		expect(result.report.errors).toEqual([]);
		expect(result.report.written).toEqual([]);
		expect(result.report.deleted).toEqual([]);
		expect(result.report.notes).toHaveLength(postPaths.length);
	});

	test("the HTML of every post is the same as before the import", () => {
		expect(jekyllBuild(site).status).toBe(0);
		const after = builtPages(site);
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		for (const [page, html] of before) expect({ page, html: after.get(page) }).toEqual({ page, html });
	});

	test("every wiki-link and embed of the imported notes resolves in Obsidian's metadata cache", async () => {
		const app = new App();
		for (const [path, base64] of filesUnder(vault)) {
			if (path.startsWith(".obsidian")) continue;
			const bytes = Buffer.from(base64, "base64");
			if (path.endsWith(".md")) await app.vault.create(path, bytes.toString("utf8"), { ctime: 0, mtime: 0 });
			else await app.vault.createBinary(path, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { ctime: 0, mtime: 0 });
		}
		await new Promise((resolve) => setTimeout(resolve, 0));
		let checked = 0;
		for (const file of app.vault.getMarkdownFiles()) {
			const cache = app.metadataCache.getFileCache(file);
			for (const link of [...(cache?.links ?? []), ...(cache?.embeds ?? [])]) {
				const [path, heading] = link.link.split("#");
				const target = path === "" ? file : app.metadataCache.getFirstLinkpathDest(path, file.path);
				expect({ from: file.path, link: link.link, found: target instanceof TFile }).toEqual({ from: file.path, link: link.link, found: true });
				if (heading && target) {
					const headings = (app.metadataCache.getFileCache(target)?.headings ?? []).map((item) => item.heading);
					expect({ link: link.link, headings }).toEqual({ link: link.link, headings: expect.arrayContaining([heading]) });
				}
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(20);
	});

	test("a second import changes nothing", () => {
		const files = filesUnder(vault);
		const result = importBlog();
		expect(result.status).toBe(0);
		expect(result.output).toContain("0 new notes");
		expect(result.output).toContain(`${postPaths.length} posts were imported before`);
		expect(filesUnder(vault)).toEqual(files);
	});

	test("converting the imported notes gives back every plain post byte for byte, and the same pages for the rest", () => {
		const data = parsePluginData(JSON.parse(readFileSync(join(vault, ".obsidian/plugins/learning-log/data.json"), "utf8")));
		const settings = data.settings.publish;
		const record = Object.values(manifestOf().sites)[0];
		const notes = Object.keys(record.notes).map((path) => ({ path, text: readFileSync(join(vault, path), "utf8"), ctime: 0, mtime: Date.UTC(2021, 8, 1) }));
		const attachments = [...filesUnder(vault).keys()].filter((path) => !path.endsWith(".md") && !path.startsWith(".obsidian"));
		const converted = convertVault({
			notes,
			attachments,
			publishedPaths: new Set(notes.map((note) => note.path)),
			settings,
			site: parseSiteConfig(readFileSync(join(site, "_config.yml"), "utf8"), settings),
			imported: importedOrigins(record),
		});
		expect(converted.errors).toEqual([]);
		// The images are the site's own files: nothing to copy.
		expect(converted.assets).toEqual([]);
		const copy = join(work, "converted-site");
		cpSync(site, copy, { recursive: true });
		rmSync(join(copy, "_site"), { recursive: true, force: true });
		const plain: string[] = [];
		const sameBytes: string[] = [];
		for (const post of converted.posts) {
			const path = record.notes[post.source].post;
			expect(post.path).toBe(path);
			const original = readFileSync(join(site, path), "utf8");
			if (isPlainPost(original)) plain.push(path);
			if (post.content === original) sameBytes.push(path);
			writeFileSync(join(copy, path), post.content);
		}
		expect({ plainNotByteForByte: plain.filter((path) => !sameBytes.includes(path)) }).toEqual({ plainNotByteForByte: [] });
		expect(jekyllBuild(copy).status).toBe(0);
		const rebuilt = builtPages(copy);
		expect([...rebuilt.keys()].sort()).toEqual([...before.keys()].sort());
		const sameHtml = [...before].filter(([page, html]) => rebuilt.get(page) === html).map(([page]) => page);
		for (const [page, html] of before) {
			const reader = readerView(rebuilt.get(page) ?? "");
			// Notices written without a title get their callout's default one: Obsidian always shows a title.
			if (page === NOTICES_PAGE) reader.text = reader.text.replace("Before. Warning ", "Before. ").replace(" Tip A Chirpy", " A Chirpy");
			expect({ page, reader }).toEqual({ page, reader: readerView(html) });
		}
		const figures = { posts: converted.posts.length, plain: plain.length, byteForByte: sameBytes.length, pages: before.size, sameHtml: sameHtml.length, htmlDiffers: [...before.keys()].filter((page) => !sameHtml.includes(page)) };
		console.debug(`Import round trip: ${JSON.stringify(figures, null, 2)}`);
		if (process.env.IMPORT_FIGURES) writeFileSync(process.env.IMPORT_FIGURES, JSON.stringify(figures, null, 2));
		// Only theme markup (notices written by hand) and links written in other forms than post_url differ in HTML.
		expect(figures.htmlDiffers).toEqual([NOTICES_PAGE, "_site/boostcamp/2021/08/09/day6/index.html", "_site/dev/2021/07/07/git-links/index.html"]);
	});

	test("editing imported notes and publishing changes exactly their posts, and nothing else of them", () => {
		// A plain post, one whose Liquid runs on the site, one in a subfolder of _posts linking to another.
		const edited = ["2021-07-23-plain.md", "2021-07-11-liquid.md", "java/2021-07-21-java-types.md"];
		const originals = new Map(edited.map((name) => [name, readFileSync(join(site, "_posts", name), "utf8")]));
		for (const name of edited) {
			const note = join(vault, "blog", name);
			writeFileSync(note, `${readFileSync(note, "utf8")}\nOne more line.\n`);
		}
		const result = publish(vault, site);
		expect(result.report.errors).toEqual([]);
		expect([...result.report.written].sort()).toEqual(edited.map((name) => `_posts/${name}`).sort());
		expect(result.report.deleted).toEqual([]);
		for (const name of edited) expect(readFileSync(join(site, "_posts", name), "utf8")).toBe(`${originals.get(name)}\nOne more line.\n`);
		expect(jekyllBuild(site).status).toBe(0);
		expect(readFileSync(join(site, "_site/blog/2021/07/11/liquid/index.html"), "utf8")).toContain("This site is called 배움 기록.");
	});
});
