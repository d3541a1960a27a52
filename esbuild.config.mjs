// Two bundles from one core: main.js for Obsidian (desktop and mobile) and dist/cli.js for Node.
import esbuild from "esbuild";
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
	outfile: "dist/cli.js",
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "info",
	sourcemap: false,
};

if (watch) {
	const contexts = await Promise.all([esbuild.context(pluginBuild), esbuild.context(cliBuild)]);
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await Promise.all([esbuild.build(pluginBuild), esbuild.build(cliBuild)]);
}
