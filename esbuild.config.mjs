// Two bundles from one core: main.js for Obsidian (desktop and mobile) and dist/cli.js for Node.
import esbuild from "esbuild";
import { readFile } from "fs/promises";
import { builtinModules } from "module";
import process from "process";

const watch = process.argv.includes("--watch");
const production = process.argv.includes("production");

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// gray-matter requires `fs` at load time only for `matter.read`, which we never call.
// In the plugin bundle that require must not reach Node, or main.js would not load on mobile.
const grayMatterWithoutFs = {
	name: "gray-matter-without-fs",
	setup(build) {
		build.onResolve({ filter: /^fs$/ }, (args) =>
			args.importer.includes(`${"node_modules"}/gray-matter/`)
				? { path: new URL("./src/shims/fs-unavailable.ts", import.meta.url).pathname }
				: undefined,
		);
	},
};

// js-yaml probes for Node's `buffer` (!!binary) and the optional `esprima` (!!js/function) with an
// indirect require inside try/catch. We parse with the core schema and never use either, so in the
// plugin bundle the probes fail at once instead of asking the host for Node modules.
const jsYamlWithoutProbes = {
	name: "js-yaml-without-node-probes",
	setup(build) {
		build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/](binary|js[\\/]function)\.js$/ }, async (args) => {
			const source = await readFile(args.path, "utf8");
			const contents = source.replace("var _require = require;", "var _require = function () { throw new Error('unavailable'); };");
			if (contents === source) throw new Error(`js-yaml changed: no require probe found in ${args.path}`);
			return { contents, loader: "js" };
		});
	},
};

const pluginBuild = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "browser",
	target: "es2021",
	outfile: "main.js",
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...nodeBuiltins],
	// gray-matter calls Buffer.from on every parse; mobile has no Buffer.
	inject: ["src/shims/buffer.ts"],
	// Obsidian runs main.js as CommonJS: a native `import("fs")` fails in its renderer, so desktop-only
	// lazy imports of Node modules must become `require` calls (still made only when reached).
	supported: { "dynamic-import": false },
	plugins: [grayMatterWithoutFs, jsYamlWithoutProbes],
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
