// Screenshot of a day note as readers see it on the blog: the example vault published by the
// command line into a minima site, built by the real `jekyll build`, shown in Debian's headless
// Chromium. The publish runs at the example vault's "today" under faketime, so nothing depends on
// the real clock.
//   node scripts/screenshot-post.mjs [--out docs]     (run `npm run build` first)
// Prints a JSON summary for the test that runs it.
import { execFileSync } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { createServer } from "http";
import { tmpdir } from "os";
import { extname, join, normalize } from "path";
import { VAULT, launchChromium, requireKoreanFont } from "./screenshot/page-tools.mjs";

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex === -1 ? "docs" : process.argv[outIndex + 1];
if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first.");
requireKoreanFont();

const NOTE = "daily/2021-08-11.md";
// A minima blog as people set one up: posts get the post layout by default.
const CONFIG = `title: Learning Log
description: 부스트캠프 AI Tech 학습기록
theme: minima
permalink: /:categories/:title/
timezone: Asia/Seoul
defaults:
  - scope: { path: "", type: posts }
    values: { layout: post }
`;
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".xml": "application/xml" };

const scratch = mkdtempSync(join(tmpdir(), "learning-log-post-"));
const vault = join(scratch, "vault");
const site = join(scratch, "site");
let server;
const browser = await launchChromium();
try {
	cpSync(VAULT, vault, { recursive: true });
	mkdirSync(site);
	writeFileSync(join(site, "_config.yml"), CONFIG);
	writeFileSync(join(site, "index.md"), "---\nlayout: home\n---\n");
	const env = { ...process.env, TZ: "Asia/Seoul", LEARNING_LOG_LANG: "ko" };
	const report = join(scratch, "report.json");
	execFileSync("faketime", ["2021-08-12 23:30:00", process.execPath, "dist/cli.js", "publish", "--vault", vault, "--out", site, "--report", report], { env, stdio: ["ignore", "ignore", "pipe"] });
	execFileSync("jekyll", ["build", "--quiet"], { cwd: site, env, stdio: ["ignore", "ignore", "pipe"] });
	const note = JSON.parse(readFileSync(report, "utf8")).notes.find((entry) => entry.source === NOTE);

	server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url, "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
		let file = join(site, "_site", path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
		if (!existsSync(file)) return void response.writeHead(404).end();
		response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
	});
	await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
	const page = await browser.newPage({ viewport: { width: 760, height: 1060 }, deviceScaleFactor: 1.25 });
	await page.goto(`http://127.0.0.1:${server.address().port}${new URL(note.url, "http://localhost").pathname}`);
	await page.evaluate(() => document.fonts.ready);
	mkdirSync(outDir, { recursive: true });
	const file = join(outDir, "published-day-note.png");
	await page.screenshot({ path: file });
	const seen = await page.evaluate(() => ({ title: document.querySelector(".post-title")?.textContent?.trim() ?? "", headings: [...document.querySelectorAll(".post-content h2")].map((h) => h.textContent) }));
	process.stdout.write(`${JSON.stringify({ url: note.url, ...seen, file })}\n`);
} finally {
	await browser.close();
	server?.close();
	rmSync(scratch, { recursive: true, force: true });
}
