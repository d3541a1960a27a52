// The first render and a re-render after one change of the learning log view in Debian's headless
// Chromium (real style and layout), on a generated 10,000-note vault, next to rendering every
// row into the DOM, measured in the same run. jsdom (library.bench.ts) is far slower than a
// browser at DOM work; this shows what a user's Obsidian (Electron's Chromium) does.
import { createRequire } from "module";
import { readFileSync } from "fs";
import { join } from "path";
import { generateVault } from "./generate-vault";

const projectRequire = createRequire(join(process.cwd(), "package.json"));
const { build } = projectRequire("esbuild") as typeof import("esbuild");
const { chromium } = projectRequire("playwright-core") as typeof import("playwright-core");

async function main(): Promise<void> {
	const bundle = await build({
		entryPoints: ["bench/browser/render-entry.ts"],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		write: false,
		logLevel: "error",
	});
	const css = readFileSync("scripts/screenshot/obsidian-like.css", "utf8") + readFileSync("styles.css", "utf8");
	const browser = await chromium.launch({
		executablePath: "/usr/bin/chromium",
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 340, height: 720 } });
		await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-light"><div class="sidebar"></div></body></html>`);
		await page.addScriptTag({ content: bundle.outputFiles[0].text });
		const vault = generateVault(10_000);
		const result = await page.evaluate((facts) => (window as unknown as { benchRender(f: unknown): Record<string, number> }).benchRender(facts), vault);
		const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
		const line = (label: string, ours: string, naive: string, note: string) => console.log(`${label.padEnd(38)} ${ours.padStart(12)}   naive ${naive.padStart(12)}   ${note}`);
		console.log(`10000 notes in Chromium ${browser.version()}; style and layout included; medians\n`);
		line("first render (category, all open)", ms(result.firstRender), ms(result.naive), `${(result.naive / result.firstRender).toFixed(0)}× faster; goal < 16 ms: ${result.firstRender < 16 ? "met" : "MISSED"}`);
		line("re-render after one change", ms(result.rerender), ms(result.naive), `${(result.naive / result.rerender).toFixed(0)}× faster; goal < 16 ms: ${result.rerender < 16 ? "met" : "MISSED"}`);
		line("DOM elements after rendering", String(result.nodes), String(result.naiveNodes), `${(result.naiveNodes / result.nodes).toFixed(0)}× fewer`);
	} finally {
		await browser.close();
	}
}

void main();
