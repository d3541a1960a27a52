// Screenshots of the learning log view, light and dark, rendered by the BUILT main.js in Debian's
// headless Chromium over the example vault, with a minimal Obsidian-like stylesheet.
//   node scripts/screenshot-view.mjs [--out docs]     (run `npm run build` first)
// Prints a JSON summary (rows drawn, heat map cells) for the test that runs it.
import { build } from "esbuild";
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { chromium } from "playwright-core";

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex === -1 ? "docs" : process.argv[outIndex + 1];
const vault = "examples/vault";

if (!existsSync("main.js")) throw new Error("main.js is missing: run `npm run build` first.");
// Without a Korean font Chromium draws boxes for Hangul: fail loudly instead of saving them.
const koreanFonts = execFileSync("fc-list", [":lang=ko", "family"], { encoding: "utf8" }).trim();
if (koreanFonts === "") throw new Error("No Korean font installed (Debian: apt-get install fonts-noto-cjk).");

function notesOf(root) {
	const notes = [];
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			if (name.startsWith(".")) continue;
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith(".md")) {
				// Fixed times keep the pictures stable from one run to the next.
				const time = Date.UTC(2021, 7, 12, 14);
				notes.push({ path: relative(root, path).split("\\").join("/"), text: readFileSync(path, "utf8"), ctime: time, mtime: time });
			}
		}
	};
	walk(root);
	return notes.sort((a, b) => a.path.localeCompare(b.path));
}

const notes = notesOf(vault);
const data = JSON.parse(readFileSync(join(vault, ".obsidian/plugins/learning-log/data.json"), "utf8"));
// Sample publishing state, to show the three badges: the daily logs published, one topic changed since.
const published = Date.UTC(2021, 7, 12, 15);
data.publishManifest = {
	notes: Object.fromEntries(
		notes
			.filter((note) => note.path.startsWith("daily/") || note.path === "topics/Optimization.md")
			.map((note) => [note.path, { sourceMtime: note.path.startsWith("daily/") ? published : 0, url: `https://example.github.io/${note.path}` }]),
	),
};

const bundle = await build({
	entryPoints: ["scripts/screenshot/harness.ts"],
	bundle: true,
	format: "iife",
	platform: "browser",
	target: "es2021",
	write: false,
	alias: { obsidian: "./tests/__mocks__/obsidian.ts" },
	logLevel: "error",
});
const harnessJs = bundle.outputFiles[0].text;
const css = readFileSync("scripts/screenshot/obsidian-like.css", "utf8") + readFileSync("styles.css", "utf8");
const mainJs = readFileSync("main.js", "utf8");

const browser = await chromium.launch({
	executablePath: "/usr/bin/chromium",
	args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
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
