// Screenshots of the settings tab (GitHub section, after "Test connection") and of the publish
// button (the ribbon's publish icon clicked on a day note, the notice that the post is live, the
// status bar), rendered by the BUILT main.js in Debian's headless Chromium over the example vault.
// Its requests go to the local GitHub API test server, a real git repository behind it.
//   node scripts/screenshot-publish.mjs [--out docs]     (run `npm run build` first)
// Prints a JSON summary for the test that runs it.
import { build } from "esbuild";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { createRequire } from "module";
import { tmpdir } from "os";
import { join } from "path";
import { VAULT, launchChromium, notesOf, pageAssets, requireKoreanFont, vaultData } from "./screenshot/page-tools.mjs";

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex === -1 ? "docs" : process.argv[outIndex + 1];
if (!existsSync("main.js")) throw new Error("main.js is missing: run `npm run build` first.");
requireKoreanFont();

const TOKEN = "fake-token-screenshotTokenForTheLocalServer000001";
// The example vault's evening of 2021-08-12 in Korea: Day9 is today.
const NOW = new Date("2021-08-12T14:30:00Z").getTime();
const SITE = "https://octocat.github.io/";
const API = "https://api.github.com";
const CONFIG = "title: Learning Log\ntheme: minima\npermalink: /:categories/:title/\ntimezone: Asia/Seoul\n";

const scratch = mkdtempSync(join(tmpdir(), "learning-log-shots-"));
const nodeBundle = join(scratch, "github-node.cjs");
await build({ entryPoints: ["scripts/screenshot/github-node.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: nodeBundle, logLevel: "error" });
const { GitHubTestServer, seed, requestUrlOverHttp } = createRequire(import.meta.url)(nodeBundle);
const { harnessJs, css, mainJs } = await pageAssets("scripts/screenshot/publish-harness.ts");
const notes = notesOf(VAULT);
// The example vault's settings, without a publishing record: the first publish to this blog.
const data = { ...vaultData(VAULT), publishManifest: undefined };

/**
 * The page asks Node for each request; bytes travel as base64. The settings say api.github.com,
 * as a user's do; the request goes to the local server instead.
 */
const githubRequest = (serverUrl) => async (param) => {
	const body = param.body && typeof param.body === "object" ? new Uint8Array(Buffer.from(param.body.base64, "base64")).buffer : param.body;
	if (!param.url.startsWith(`${API}/`)) throw new Error(`The page asked for ${param.url}`);
	const response = await requestUrlOverHttp({ ...param, url: serverUrl + param.url.slice(API.length), body });
	return { status: response.status, headers: response.headers, text: response.text, base64: Buffer.from(response.arrayBuffer).toString("base64") };
};

async function openPage(browser, body, viewport, scale, serverUrl) {
	const page = await browser.newPage({ viewport, deviceScaleFactor: scale });
	const errors = [];
	page.on("pageerror", (error) => errors.push(error.message));
	await page.exposeFunction("githubRequest", githubRequest(serverUrl));
	// Served from localhost, a secure context: the plugin hashes with crypto.subtle, as in Obsidian.
	const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-light">${body}</body></html>`;
	await page.route("http://localhost/", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
	await page.goto("http://localhost/");
	await page.addScriptTag({ content: harnessJs });
	return { page, errors };
}

const summary = {};
const server = await GitHubTestServer.start({ token: TOKEN, owner: "octocat", name: "octocat.github.io", pages: { buildType: "legacy", readsToFinish: 2, outcome: "built", htmlUrl: SITE } });
const browser = await launchChromium();
try {
	mkdirSync(outDir, { recursive: true });
	await seed(server, { "_config.yml": CONFIG, "index.md": "---\nlayout: home\n---\n" });
	const options = { mainJs, notes, language: "en", now: NOW, data, github: { repository: "octocat/octocat.github.io", branch: "main", apiBaseUrl: API, token: TOKEN } };

	{
		const { page, errors } = await openPage(browser, `<div class="notice-container"></div><div class="vertical-tab-content"></div>`, { width: 720, height: 800 }, 1.5, server.url);
		const result = await page.evaluate((o) => window.renderSettingsTab(o), options);
		await page.evaluate(() => document.fonts.ready);
		if (errors.length > 0) throw new Error(`The settings page failed: ${errors.join("; ")}`);
		const file = join(outDir, "settings-github.png");
		await page.screenshot({ path: file, clip: result.clip, fullPage: true });
		summary.settings = { headings: result.headings, result: result.result, file };
		await page.close();
	}
	{
		const frame = `<div class="app"><div class="ribbon"></div><div class="main"><div class="note-title"></div><div class="note-body"></div></div><div class="sidebar"></div><div class="status-bar"></div><div class="notice-container"></div></div>`;
		const { page, errors } = await openPage(browser, frame, { width: 900, height: 520 }, 1.25, server.url);
		const result = await page.evaluate((o) => window.publishUntilLive(o), { ...options, open: "daily/2021-08-12.md", buttonLabel: "Publish to the blog", liveText: "Your post is live:" });
		await page.evaluate(() => document.fonts.ready);
		if (errors.length > 0) throw new Error(`The publish page failed: ${errors.join("; ")}`);
		const file = join(outDir, "publish-live.png");
		await page.locator(".app").screenshot({ path: file });
		// The seed made one commit; the publish button's is the next.
		summary.publish = { ...result, commits: (await server.repo.commitCount("main")) - 1, file };
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
	rmSync(scratch, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify(summary)}\n`);
