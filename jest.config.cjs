/** @type {import('jest').Config} */
const shared = {
	testEnvironment: "jsdom",
	roots: ["<rootDir>/tests"],
	transform: {
		"^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", esModuleInterop: true, isolatedModules: true } }],
	},
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/__mocks__/obsidian.ts",
	},
	globalSetup: "<rootDir>/tests/setup/global-setup.ts",
	setupFiles: ["<rootDir>/tests/setup/web-globals.ts", "<rootDir>/tests/setup/dom-helpers.ts"],
};

// Tests that drive outside programs in a browser or a whole site build (tests/e2e, *-jekyll.test.ts)
// form the `e2e` project; the rest is `unit`, which CI runs again under shifted clocks and zones.
const e2ePatterns = ["/tests/e2e/.*\\.test\\.ts$", "-jekyll\\.test\\.ts$"];

module.exports = {
	testTimeout: 30000,
	reporters: ["default", "<rootDir>/tests/setup/summary-reporter.cjs"],
	projects: [
		{ ...shared, displayName: "unit", testMatch: ["**/*.test.ts"], testPathIgnorePatterns: ["/node_modules/", ...e2ePatterns] },
		{ ...shared, displayName: "e2e", testRegex: e2ePatterns },
	],
};
