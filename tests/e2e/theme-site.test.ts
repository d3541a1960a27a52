/** @jest-environment node */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium } from "playwright-core";
import { htmlproofer, jekyllBuild, publish, requireTools, type PublishReportJson } from "./jekyll-site";

/**
 * Posts as a reader of a minimal-mistakes blog gets them: the vault in tests/fixtures/theme-vault
 * (one note per case) published by the CLI into tests/fixtures/theme-site (the parts of the
 * theme's markup the posts depend on: notice classes, the `toc: true` sidebar, a MathJax 2 include
 * that reads single dollars, a home page and an about page), built by the real Jekyll and checked
 * by html-proofer, then read as HTML.
 */
const FIXTURES = join(__dirname, "../fixtures");
let work: string;
let site: string;
let report: PublishReportJson;
let buildOutput: string;

beforeAll(() => {
	requireTools();
	work = mkdtempSync(join(tmpdir(), "theme-site-"));
	site = join(work, "site");
	cpSync(join(FIXTURES, "theme-site"), site, { recursive: true });
	cpSync(join(FIXTURES, "theme-vault"), join(work, "vault"), { recursive: true });
	const published = publish(join(work, "vault"), site);
	report = published.report;
	const build = jekyllBuild(site);
	expect(build.status).toBe(0);
	buildOutput = build.output;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The post's body as the theme renders it (the table of contents and the content). */
function content(url: string): string {
	const page = readFileSync(join(site, "_site", decodeURI(url), "index.html"), "utf8");
	const match = /<section class="page__content">([\s\S]*?)<\/section>\s*<\/article>/.exec(page);
	if (!match) throw new Error(`no post content at ${url}`);
	return match[1];
}

function urlOf(source: string): string {
	const note = report.notes.find((item) => item.source === source);
	if (!note) throw new Error(`${source} was not published`);
	return note.url;
}

function text(html: string): string {
	return html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
}

test("the site builds without warning or conflict, and html-proofer finds no broken link or anchor", () => {
	expect(buildOutput).not.toMatch(/error|warning|conflict|skipping/i);
	const proof = htmlproofer(site, "");
	expect(proof.output).toContain("HTML-Proofer finished successfully.");
});

test("prices stay dollars on a site whose MathJax reads single $, and real math stays math", () => {
	const html = content(urlOf("notes/Prices.md"));
	const dollar = '<span class="tex2jax_ignore">$</span>';
	expect(html).toContain(`가격은 ${dollar}5이고 이번 주 누적은 ${dollar}10이다.`);
	expect(html).toContain(`Escaped ${dollar}3`);
	expect(html).toContain(`<td>${dollar}4</td>`);
	expect(html).toContain("\\(E = mc^2\\)");
	expect(html).toContain("\\[\\sum_{i=1}^{n} x_i\\]");
	// Outside the elements MathJax skips, no dollar is left for it to pair.
	expect(html.split(dollar).join("")).not.toContain("$");
});

test("embeds keep the host's outline: shifted, framed, linked to their source, out of the TOC", () => {
	const html = content(urlOf("notes/Embed host.md"));
	const toc = [...html.matchAll(/<li class="toc-h(\d)"><a href="#[^"]+">([^<]+)<\/a><\/li>/g)].map((match) => `h${match[1]} ${match[2]}`);
	expect(toc).toEqual(["h2 오늘 한 일", "h3 읽은 것", "h3 다음 할 일", "h2 함께 보기", "h2 Secret plans"]);
	const frames = [...html.matchAll(/<blockquote class="obsidian-embed">([\s\S]*?)<\/blockquote>/g)].map((match) => match[1]);
	expect(frames).toHaveLength(2);
	// The section `## 정리` under `### 읽은 것` sits at h4, its `### 세부` at h5.
	expect(frames[0]).toMatch(/<h4 class="no_toc" id="정리">정리<\/h4>[\s\S]*<h5 class="no_toc" id="세부">세부<\/h5>/);
	expect(frames[1]).toMatch(/<h3 class="no_toc" id="정리-1">정리<\/h3>[\s\S]*<h3 class="no_toc" id="함께-보기-1">함께 보기<\/h3>/);
	for (const frame of frames) expect(frame).toContain(`<p class="obsidian-embed-source"><a href="${urlOf("notes/Embedded source.md")}">Embedded source</a></p>`);
	expect(html).toMatch(/<h3 id="다음-할-일">다음 할 일<\/h3>/);
});

test("an embed of an unpublished note leaves nothing but a report warning", () => {
	const html = content(urlOf("notes/Embed host.md"));
	expect(html).toMatch(/<h2 id="secret-plans">Secret plans<\/h2>\s*<p>Nothing above this line but the heading.<\/p>/);
	expect(text(html)).not.toMatch(/Private diary|Only for me/);
	const warnings = report.notes.find((note) => note.source === "notes/Embed host.md")?.warnings ?? [];
	expect(warnings.map((warning) => warning.code)).toEqual(["unpublished-embed"]);
});

test("bare URLs are links, with trailing punctuation outside, in prose, tables and callouts, not in code", () => {
	const html = content(urlOf("notes/Links.md"));
	expect(html).toContain('See <a href="https://jekyllrb.com/docs/">https://jekyllrb.com/docs/</a>. Or (<a href="https://example.com/a_(b)">https://example.com/a_(b)</a>), and <a href="https://example.com/path?x=1">https://example.com/path?x=1</a>!');
	expect(html).toContain('<code class="language-plaintext highlighter-rouge">https://not.a.link/in/code</code>');
	expect(html).toContain('<td><a href="https://jekyllrb.com">https://jekyllrb.com</a></td>');
	expect(html).toContain('Read <a href="https://kramdown.gettalong.org/syntax.html">https://kramdown.gettalong.org/syntax.html</a>, then come back.');
	expect(html).toContain('<a href="https://example.com/label">text</a>');
});

test("a note's own permalink is its URL in the report, the record and links; taken addresses are held back", () => {
	expect(urlOf("notes/Docs intro.md")).toBe("/docs/intro/");
	expect(content("/docs/intro/")).toContain("The introduction lives at its own address.");
	expect(content(urlOf("notes/Reader.md"))).toContain('<a href="/docs/intro/">Docs intro</a>');
	const data = JSON.parse(readFileSync(join(work, "vault/.obsidian/plugins/learning-log/data.json"), "utf8")) as {
		publishManifest: { sites: Record<string, { notes: Record<string, { url?: string }> }> };
	};
	const records = Object.values(data.publishManifest.sites).map((record) => record.notes["notes/Docs intro.md"]?.url);
	expect(records).toEqual(["/docs/intro/"]);
	const held = Object.fromEntries(report.errors.map((error) => [error.source, [error.code, error.message]]));
	expect(held["notes/Docs home.md"]).toEqual(["permalink-taken", expect.stringContaining("/ (index.html)")]);
	expect(held["notes/Docs about.md"]).toEqual(["permalink-taken", expect.stringContaining("/about/ (about.md)")]);
	expect(held["notes/Docs twin.md"]).toEqual(["permalink-taken", expect.stringContaining("/docs/intro/ (notes/Docs intro.md)")]);
	const posts = readdirSync(join(site, "_posts"));
	expect(posts.filter((name) => /docs-(home|about|twin)/.test(name))).toEqual([]);
	// The site's own pages are what a reader gets at those addresses.
	expect(readFileSync(join(site, "_site/index.html"), "utf8")).toContain('<a href="/docs/intro/">Docs intro</a>');
	expect(readFileSync(join(site, "_site/about/index.html"), "utf8")).toContain("About this blog.");
});

test("block ids glued to an embed or inline content become anchors that links reach", () => {
	const html = content(urlOf("notes/Figures.md"));
	expect(html).toMatch(/<p id="figure-1"><img src="\/assets\/img\/loss-curve.png" alt="loss curve" \/><\/p>/);
	expect(html).toContain('<p id="strong-point">A sentence with <strong>bold</strong></p>');
	expect(html).toMatch(/<li id="item-code">an item with <code[^>]*>code<\/code><\/li>/);
	expect(text(html)).not.toContain("^");
	expect(content(urlOf("notes/Reader.md"))).toContain(`href="${urlOf("notes/Figures.md")}#figure-1"`);
});

test("code with backticks or an escaped pipe keeps the table whole and shows as in Obsidian", () => {
	const html = content(urlOf("notes/Code table.md"));
	// What a reader sees: numeric character references are the characters they name.
	const shown = (cell: string) => cell.replace(/&#(\d+);/g, (_whole, code: string) => String.fromCharCode(Number(code)));
	const rows = [...html.matchAll(/<tr>\s*<td>([\s\S]*?)<\/td>\s*<td>([\s\S]*?)<\/td>\s*<\/tr>/g)].map((match) => [shown(match[1]), match[2]]);
	expect(rows).toEqual([
		["<code>``</code>", "two backticks"],
		["<code>a | b</code>", "a pipe"],
		['<code class="language-plaintext highlighter-rouge">plain</code>', "plain code"],
		["last", "row"],
	]);
});

test("a nested callout keeps its parent's size on minimal-mistakes, and a PDF embed is a named download", () => {
	const html = content(urlOf("notes/Nested callouts.md"));
	expect(html).toMatch(/<div class="notice--info">[\s\S]*<div class="notice--success" style="font-size: inherit !important">\s*<p><strong>Inner<\/strong><\/p>/);
	expect(html).toContain('The slides: <a href="/assets/img/lecture-slides.pdf" download="">lecture slides.pdf</a>');
	expect(existsSync(join(site, "_site/assets/img/lecture-slides.pdf"))).toBe(true);
});

test("in Chromium, with the theme's notice sizes, the nested callout is as large as its parent", async () => {
	const page = readFileSync(join(site, "_site", urlOf("notes/Nested callouts.md"), "index.html"), "utf8");
	const css = readFileSync(join(site, "_site/assets/css/main.css"), "utf8");
	// The page as served, with its stylesheet inline and no script (nothing is fetched).
	const html = page.replace(/<link rel="stylesheet"[^>]*>/, `<style>${css}</style>`).replace(/<script[\s\S]*?<\/script>/g, "");
	const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
	try {
		const tab = await browser.newPage();
		await tab.setContent(html);
		const sizes = await tab.evaluate(() =>
			[".notice--info", ".notice--info .notice--success"].map((selector) => getComputedStyle(document.querySelector(selector) as Element).fontSize),
		);
		expect(sizes).toEqual(["15px", "15px"]);
	} finally {
		await browser.close();
	}
}, 60_000);

test("an undated note takes its date from its file name", () => {
	const note = report.notes.find((item) => item.source === "notes/2021-08-17 회고.md");
	expect(note?.output).toBe("_posts/2021-08-17-회고.md");
	expect(readFileSync(join(site, note?.output ?? ""), "utf8")).toMatch(/^date: 2021-08-17$/m);
});
