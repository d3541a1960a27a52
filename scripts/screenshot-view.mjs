// Screenshots of the learning log view, light and dark, rendered by the BUILT main.js in Debian's
// headless Chromium over the example vault, with a minimal Obsidian-like stylesheet.
//   node scripts/screenshot-view.mjs [--out docs]     (run `npm run build` first)
// Prints a JSON summary (rows drawn, heat map cells) for the test that runs it.
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { VAULT, launchChromium, notesOf, pageAssets, requireKoreanFont, vaultData } from "./screenshot/page-tools.mjs";

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex === -1 ? "docs" : process.argv[outIndex + 1];

if (!existsSync("main.js")) throw new Error("main.js is missing: run `npm run build` first.");
requireKoreanFont();

const notes = notesOf(VAULT);
const data = vaultData(VAULT);
// Sample publishing state, to show the three badges: the daily logs published, one topic changed since.
const published = Date.UTC(2021, 7, 12, 15);
const sampleNotes = notes
	.filter((note) => note.path.startsWith("daily/") || note.path === "topics/Optimization.md")
	.map((note) => [
		note.path,
		{
			post: `_posts/${note.path.replace(/\//g, "-")}`,
			hash: "sample",
			assets: [],
			sourceMtime: note.path.startsWith("daily/") ? published : 0,
			url: `https://example.github.io/${note.path}`,
		},
	]);
// The manifest's real shape (src/publish/plan/manifest.ts), one site.
data.publishManifest = { version: 1, sites: { "folder:/blog": { notes: Object.fromEntries(sampleNotes), sharedAssets: [] } } };

const { harnessJs, css, mainJs } = await pageAssets("scripts/screenshot/harness.ts");

const browser = await launchChromium();
const summary = {};
try {
	mkdirSync(outDir, { recursive: true });
	for (const [theme, language] of [
		["light", "en"],
		["dark", "ko"],
	]) {
		const page = await browser.newPage({ viewport: { width: 340, height: 720 }, deviceScaleFactor: 2 });
		const errors = [];
		page.on("pageerror", (error) => errors.push(error.message));
		await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-${theme}"><div class="sidebar"></div></body></html>`);
		await page.addScriptTag({ content: harnessJs });
		const result = await page.evaluate((options) => window.renderLearningLog(options), {
			mainJs,
			notes,
			language,
			now: new Date(2021, 7, 12, 23, 30).getTime(),
			data,
		});
		await page.evaluate(() => document.fonts.ready);
		if (errors.length > 0) throw new Error(`The page failed: ${errors.join("; ")}`);
		const file = join(outDir, `learning-log-view-${theme}.png`);
		await page.locator(".sidebar").screenshot({ path: file });
		summary[theme] = { ...result, file };
		await page.close();
	}
} finally {
	await browser.close();
}
process.stdout.write(`${JSON.stringify(summary)}\n`);
