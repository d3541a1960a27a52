// What the screenshot scripts share: the example vault with fixed file times, the browser, and
// a check that Hangul can be drawn.
import { execFileSync } from "child_process";
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { build } from "esbuild";
import { chromium } from "playwright-core";

export const VAULT = "examples/vault";

export function requireKoreanFont() {
	// Without a Korean font Chromium draws boxes for Hangul: fail loudly instead of saving them.
	const koreanFonts = execFileSync("fc-list", [":lang=ko", "family"], { encoding: "utf8" }).trim();
	if (koreanFonts === "") throw new Error("No Korean font installed (Debian: apt-get install fonts-noto-cjk).");
}

export function notesOf(root) {
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

export function vaultData(root) {
	return JSON.parse(readFileSync(join(root, ".obsidian/plugins/learning-log/data.json"), "utf8"));
}

export function launchChromium() {
	return chromium.launch({
		executablePath: "/usr/bin/chromium",
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
	});
}

/**
 * What every picture's page loads: a harness bundled for the browser (with `obsidian` as the
 * tests' stand-in), the Obsidian-like styles with the plugin's own, and the built main.js.
 */
export async function pageAssets(harnessEntry) {
	const bundle = await build({
		entryPoints: [harnessEntry],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		write: false,
		alias: { obsidian: "./tests/__mocks__/obsidian.ts" },
		logLevel: "error",
	});
	const css = ["scripts/screenshot/obsidian-like.css", "scripts/screenshot/obsidian-window.css", "styles.css"].map((file) => readFileSync(file, "utf8")).join("\n");
	return { harnessJs: bundle.outputFiles[0].text, css, mainJs: readFileSync("main.js", "utf8") };
}
