// Two bundles from one core: main.js for Obsidian (desktop and mobile) and dist/cli.js for Node.
import esbuild from "esbuild";
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

// js-yaml 3 probes for Node's `buffer` and for `esprima` through an indirect `require` inside
// try/catch (for !!binary and !!js/function, which the core schema never uses). On mobile that
// probe would reach for a Node module; make it fail at once so js-yaml takes its own fallbacks.
const jsYamlWithoutOptionalRequires = {
	name: "js-yaml-without-optional-requires",
	setup(build) {
		build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/](binary|js[\\/]function)\.js$/ }, async (args) => {
			const { readFile } = await import("fs/promises");
			const source = await readFile(args.path, "utf8");
			const patched = source.replace(
				"var _require = require;",
				'var _require = function () { throw new Error("not available in the plugin"); };',
			);
			if (patched === source) throw new Error(`js-yaml changed: no optional require found in ${args.path}`);
			return { contents: patched, loader: "js" };
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
	plugins: [grayMatterWithoutFs, jsYamlWithoutOptionalRequires],
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
