/** @jest-environment node */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { caseNames, hasOwnSiteConfig, runGoldenCase, type GoldenCase } from "./golden-cases";

/**
 * Every golden case's posts, built by the real Jekyll (minima theme) and checked by html-proofer
 * with internal links, hashes and images: ids, post_url names, asset paths and Liquid protection
 * are right only if the real tools agree. Missing tools fail the test; they are never skipped.
 * Cases without a site config of their own share one site, each in its own posts and assets
 * folder (Jekyll builds are slow to start); the others get a site each.
 */

// Jekyll 3.10 (classic GitHub Pages) is not installed here: its case is checked by its golden file.
const NOT_BUILT_HERE = new Set(["classic-builder"]);
// jekyll-redirect-from may be missing here: the key it reads is harmless without it.
const UNAVAILABLE_PLUGINS = /^\s*-\s*jekyll-redirect-from\s*$/gm;
const SHARED_CONFIG = "permalink: /:path/\n";

function runAsync(command: string, args: string[], cwd: string): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
		let output = "";
		child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
		child.on("error", (error) => resolve({ status: -1, output: String(error) }));
		child.on("close", (status) => resolve({ status, output }));
	});
}

function writePosts(goldenCase: GoldenCase, root: string): void {
	for (const post of goldenCase.result.posts) {
		fs.mkdirSync(path.dirname(path.join(root, post.path)), { recursive: true });
		fs.writeFileSync(path.join(root, post.path), post.content);
	}
	for (const asset of goldenCase.result.assets) {
		fs.mkdirSync(path.dirname(path.join(root, asset.path)), { recursive: true });
		fs.copyFileSync(path.join(goldenCase.dir, "vault", asset.source), path.join(root, asset.path));
	}
}

function writeConfig(root: string, config: string): void {
	fs.mkdirSync(root, { recursive: true });
	fs.writeFileSync(path.join(root, "_config.yml"), `title: Golden\ntheme: minima\nstrict_front_matter: true\n${config.replace(UNAVAILABLE_PLUGINS, "")}`);
	// minima's header links to the home page.
	fs.writeFileSync(path.join(root, "index.md"), "---\nlayout: home\n---\n");
	// minimal-mistakes' tag archive, reduced to what links point at: one section per tag, with the
	// theme's id (`tag | slugify | downcase`), rendered by the real Jekyll.
	const archive = /^tag_archive:\n(?:\s+.*\n)*?\s+path:\s*(\S+)/m.exec(config)?.[1];
	if (archive) {
		fs.writeFileSync(path.join(root, "tag-archive.html"), `---\nlayout: default\npermalink: ${archive}\n---\n{% for tag in site.tags %}<section id="{{ tag[0] | slugify | downcase }}"><h2>{{ tag[0] }}</h2></section>\n{% endfor %}\n`);
	}
}

async function buildAndProof(root: string): Promise<string[]> {
	const problems: string[] = [];
	const build = await runAsync("jekyll", ["build", "--trace"], root);
	if (build.status !== 0 || /error|warning|deprecation|skipping|excerpt modified|conflict/i.test(build.output)) problems.push(`jekyll: ${build.output}`);
	const proof = await runAsync("htmlproofer", ["./_site", "--disable-external", "--allow-hash-href", "--empty-alt-ignore"], root);
	if (proof.status !== 0) problems.push(`htmlproofer: ${proof.output}`);
	return problems;
}

describe("golden posts build cleanly with the real Jekyll and pass html-proofer", () => {
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "golden-jekyll-"));
	const shared = path.join(scratch, "shared");
	const names = caseNames().filter((name) => !NOT_BUILT_HERE.has(name));
	const sites = new Map<string, string>();
	const results = new Map<string, string[]>();

	beforeAll(async () => {
		for (const tool of ["jekyll", "htmlproofer"]) {
			const probe = spawnSync(tool, ["--version"], { encoding: "utf8" });
			if (probe.error || probe.status !== 0) throw new Error(`${tool} is required (Debian: jekyll, jekyll-theme-minima, ruby-html-proofer).`);
		}
		writeConfig(shared, SHARED_CONFIG);
		for (const name of names) {
			if (hasOwnSiteConfig(name)) {
				const root = path.join(scratch, name);
				writeConfig(root, fs.readFileSync(path.join(runGoldenCase(name).dir, "_config.yml"), "utf8"));
				writePosts(runGoldenCase(name), root);
				sites.set(name, root);
			} else {
				writePosts(runGoldenCase(name, { settings: { postsFolder: `_posts/${name}`, assetsFolder: `assets/${name}` }, config: SHARED_CONFIG }), shared);
				sites.set(name, shared);
			}
		}
		const roots = [...new Set(sites.values())];
		const outcomes = await Promise.all(roots.map(async (root) => [root, await buildAndProof(root)] as const));
		const byRoot = new Map(outcomes);
		for (const [name, root] of sites) results.set(name, byRoot.get(root) ?? ["not built"]);
	}, 180_000);

	afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

	test.each(names)("%s", (name) => {
		expect(results.get(name)).toEqual([]);
	});

	test.each(names)("%s: every post is where its reported URL says", (name) => {
		const root = sites.get(name) ?? "";
		const goldenCase = root === shared ? runGoldenCase(name, { settings: { postsFolder: `_posts/${name}`, assetsFolder: `assets/${name}` }, config: SHARED_CONFIG }) : runGoldenCase(name);
		for (const post of goldenCase.result.posts) {
			const file = decodeURI(post.url).replace(/\/$/, "/index.html");
			expect(fs.existsSync(path.join(root, "_site", file))).toBe(true);
		}
	});

	test("Liquid-looking text shows literally on the page, and the excerpt is intact", () => {
		const page = fs.readFileSync(path.join(shared, "_site/liquid-excerpt-trap/2021-08-10-test-note/index.html"), "utf8");
		expect(page).toContain("{% if user %}");
		expect(page).toContain("{{ user.name }}");
		expect(page).toContain("{% raw %}{{ x }}{% endraw %}");
		expect(page).toContain("{% for item in list %}");
		const feed = fs.readFileSync(path.join(shared, "_site/feed.xml"), "utf8");
		expect(feed).not.toContain("{% endif %}");
	});

	test("callouts become theme elements, highlights marks, and Korean headings keep their ids", () => {
		const page = fs.readFileSync(path.join(shared, "_site/callouts-minimal-mistakes/2021-08-10-test-note/index.html"), "utf8");
		expect(page).toMatch(/<div class="notice--success">\s*<p><strong>대문자 타입과 <a href="[^"]+">링크<\/a><\/strong><\/p>/);
		expect(page).toMatch(/<details class="notice--warning">\s*<summary>접힌 질문<\/summary>/);
		expect(page).toContain("<mark>강조</mark>");
		const target = fs.readFileSync(path.join(shared, "_site/heading-links/2021-08-09-target/index.html"), "utf8");
		expect(target).toContain('id="학습-내용-1"');
	});
});
