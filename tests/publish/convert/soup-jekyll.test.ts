/** @jest-environment node */
import { spawnSync } from "child_process";
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { convertVault } from "../../../src/publish/convert/convert-vault";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

/**
 * Random mixes of Obsidian syntax (a fixed seed: the same vault every run), converted and built
 * by the real Jekyll: no build error or warning, and html-proofer finds no broken link, image or
 * hash. This is where the differences between Obsidian's markdown and kramdown's show up.
 */
const FRAGMENTS = fc.constantFrom("[[", "]]", "![[", "|", "#", "#tag", "^id", "==", "%%", "$", "$$", "`", "```", "~~~", "\n", "\n\n", "> ", "> [!tip] ", "- ", "1. ", "    ", "<!--", "-->", "{{", "}}", "{%", "%}", "[x](N1.md)", "![](a.png)", "[[N2#H]]", "[[N3#^b1]]", "## H", "\\", "| a | b |\n|---|---|\n", "가격은 $5이고", "text", " ", "![[N1]]", "![[a.png|30]]", "[[N1|al]]", " ^b1\n", "{% raw %}", "{% endraw %}", "<div>", "</div>", "*", "_", "[", "]", "(", ")", "> > [!note]- T\n> > body [[N5]]\n", "\n> [!faq] Q\n> | a | [[N4\\|b]] |\n> |---|---|\n", "![[N6#H]]", "![[N7#^b1]]", "\n## H\n", "\n- item ^b1\n", "\n\n\n", "\t", "  - ", "Title\n===\n", "[[#H]]", "<span>", "</span>", "&amp;", "***", "---\n", "\n1) ", "[^1]", "\n[^1]: fn\n");
const soup = fc.array(fc.oneof(FRAGMENTS, fc.string({ maxLength: 4 })), { maxLength: 50 }).map((parts) => parts.join(""));
const PNG = fs.readFileSync(path.join(__dirname, "../../../examples/vault/attachments/loss-curve.png"));

function run(command: string, args: string[], cwd: string): { status: number | null; output: string } {
	const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
	if (result.error) throw new Error(`${command} is required (Debian: jekyll, jekyll-theme-minima, ruby-html-proofer): ${result.error.message}`);
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test("a vault of random Obsidian syntax builds cleanly and html-proofer finds nothing", () => {
	const bodies = fc.sample(soup, { numRuns: 150, seed: 20210810 });
	const notes = bodies.map((body, index) => ({ path: `N${index}.md`, text: `---\ndate: 2021-08-${String(1 + (index % 28)).padStart(2, "0")}\n---\n${body}\n`, ctime: 0, mtime: 0 }));
	const settings = DEFAULT_PUBLISH_SETTINGS;
	const result = convertVault({ notes, attachments: ["a.png"], publishedPaths: new Set(notes.map((note) => note.path)), settings, site: parseSiteConfig(null, settings) });
	expect(result.errors).toEqual([]);
	const root = fs.mkdtempSync(path.join(os.tmpdir(), "soup-jekyll-"));
	try {
		fs.writeFileSync(path.join(root, "_config.yml"), "title: Soup\ntheme: minima\nstrict_front_matter: true\n");
		fs.writeFileSync(path.join(root, "index.md"), "---\nlayout: home\n---\n");
		for (const post of result.posts) {
			fs.mkdirSync(path.dirname(path.join(root, post.path)), { recursive: true });
			fs.writeFileSync(path.join(root, post.path), post.content);
		}
		for (const asset of result.assets) {
			fs.mkdirSync(path.dirname(path.join(root, asset.path)), { recursive: true });
			fs.writeFileSync(path.join(root, asset.path), PNG);
		}
		const build = run("jekyll", ["build", "--trace"], root);
		expect(build.status).toBe(0);
		expect(build.output).not.toMatch(/error|warning|deprecation|skipping|excerpt modified|conflict/i);
		const proof = run("htmlproofer", ["./_site", "--disable-external", "--allow-hash-href", "--empty-alt-ignore"], root);
		expect(proof.output).toContain("HTML-Proofer finished successfully");
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
}, 120_000);
