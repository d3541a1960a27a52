import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

// Folders whose code must run anywhere (plugin on mobile, CLI, tests): no `obsidian` import
// except types, and no Node module.
const pureFolders = [
	"src/core/**",
	"src/daily/**",
	"src/library/**",
	// All of publishing, targets included: the file system and the HTTP transport are injected, so
	// the same code runs in the plugin (mobile too) and the CLI. Obsidian glue lives in src/obsidian.
	"src/publish/**",
	"src/import/**",
	"src/i18n/**",
	"src/team/**",
	"src/settings/*.ts",
];

/** A rule of the recommended set, raised from a warning to an error with the same options. */
function asError(name) {
	const setting = obsidianmd.configs.recommended.map((config) => config.rules?.[name]).filter(Boolean).at(-1);
	const options = Array.isArray(setting) ? setting.slice(1).filter((option) => typeof option === "object") : [];
	return ["error", ...options];
}

export default defineConfig([
	globalIgnores(["node_modules", "main.js", "dist", "coverage", "examples", "docs", ".demo", "tmp"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
			},
		},
	},
	{
		// TypeScript itself reports undefined names, with the real globals of each file.
		files: ["**/*.ts", "**/*.mjs", "**/*.cjs"],
		rules: { "no-undef": "off" },
	},
	{
		// The community directory's checklist, as errors rather than warnings, for the code that runs
		// in Obsidian. CONTRIBUTING.md's checklist table points at these rules.
		files: ["src/**/*.ts"],
		ignores: ["src/cli.ts", "src/cli/**", "src/node/**"],
		rules: {
			"no-console": ["error", { allow: ["warn", "error", "debug"] }],
			"no-restricted-globals": asError("no-restricted-globals"),
			"@microsoft/sdl/no-inner-html": "error",
			"@typescript-eslint/no-explicit-any": "error",
			"obsidianmd/commands/no-default-hotkeys": "error",
			"obsidianmd/commands/no-plugin-name-in-command-name": "error",
			"obsidianmd/commands/no-command-in-command-name": "error",
			"obsidianmd/commands/no-plugin-id-in-command-id": "error",
			"obsidianmd/ui/sentence-case": asError("obsidianmd/ui/sentence-case"),
			"obsidianmd/validate-manifest": "error",
			"obsidianmd/validate-license": "error",
			"obsidianmd/no-unsupported-api": "error",
		},
	},
	{
		files: ["src/settings/settings-tab.ts"],
		rules: {
			// minAppVersion is 1.11.4 (secret storage); declarative settings need 1.13.
			"obsidianmd/settings-tab/prefer-setting-definitions": "off",
		},
	},
	{
		files: ["package.json"],
		rules: {
			// js-yaml 4 reads front matter with the core schema alone (small, no Node probes, no esprima);
			// moment is what Obsidian itself exports, and only the test fake re-exports it.
			"depend/ban-dependencies": ["error", { allowed: ["js-yaml", "moment"] }],
		},
	},
	{
		files: pureFolders,
		ignores: ["src/settings/settings-tab.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "Pure modules take what they need as arguments.", allowTypeImports: true }],
					patterns: [{ group: ["fs", "path", "node:*", "child_process", "os", "crypto"], message: "Pure modules run on mobile: no Node modules." }],
				},
			],
		},
	},
	{
		// The command line and the Node adapters are Node programs, never loaded by the plugin.
		files: ["src/cli.ts", "src/cli/**", "src/node/**", "tests/**", "bench/**", "scripts/**", "*.mjs", "*.cjs"],
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			// No Vault#configDir outside Obsidian: the CLI takes Obsidian's default or --config-dir.
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-nodejs-modules": "off",
			// requestUrl and window exist only inside Obsidian; Node programs use fetch and Node's timers.
			"no-restricted-globals": "off",
			"obsidianmd/prefer-window-timers": "off",
		},
	},
	{
		// CommonJS scripts (jest loads them as they are, with no transform) import with require.
		files: ["**/*.cjs"],
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
	{
		files: ["tests/**", "bench/**", "scripts/**"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/no-global-this": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"@typescript-eslint/unbound-method": "off",
			"@typescript-eslint/require-await": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"@typescript-eslint/no-restricted-imports": "off",
			"@typescript-eslint/prefer-promise-reject-errors": "off",
			// The mobile-safety test runs the built bundle in a sandbox on purpose.
			"@typescript-eslint/no-implied-eval": "off",
			"obsidianmd/rule-custom-message": "off",
			"@typescript-eslint/no-unnecessary-type-assertion": "off",
		},
	},
]);
