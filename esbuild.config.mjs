// Two bundles from one core: main.js for Obsidian (desktop and mobile) and dist/cli.js for Node.
import esbuild from "esbuild";
import { mkdirSync, writeFileSync } from "fs";
import { builtinModules } from "module";
import process from "process";

const watch = process.argv.includes("--watch");
const production = process.argv.includes("production");

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const pluginBuild = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "browser",
	target: "es2021",
	outfile: "main.js",
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...nodeBuiltins],
	// Obsidian runs main.js as CommonJS: a native `import("fs")` fails in its renderer, so desktop-only
	// lazy imports of Node modules must become `require` calls (still made only when reached).
	supported: { "dynamic-import": false },
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
};

const cliBuild = {
	entryPoints: ["src/cli.ts"],
	bundle: true,
	format: "cjs",
	platform: "node",
	target: "node20",
	outfile: "dist/cli-bundle.js",
	logLevel: "info",
	sourcemap: false,
};

/**
 * dist/cli.js, the command's entry, only requires the bundle. When Node starts an entry through its
 * ES module loader (any `--import` or `--loader`, in NODE_OPTIONS too), it first scans the entry's
 * whole source for CommonJS exports: on the 600 KB bundle that scan took about 50 ms of every
 * start; a file the entry requires is never scanned.
 */
function writeCliEntry() {
	mkdirSync("dist", { recursive: true });
	writeFileSync("dist/cli.js", '#!/usr/bin/env node\n"use strict";\nrequire("./cli-bundle.js");\n', { mode: 0o755 });
}

writeCliEntry();
if (watch) {
	const contexts = await Promise.all([esbuild.context(pluginBuild), esbuild.context(cliBuild)]);
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await Promise.all([esbuild.build(pluginBuild), esbuild.build(cliBuild)]);
}
