/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "jsdom",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	transform: {
		"^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", esModuleInterop: true, isolatedModules: true } }],
	},
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/__mocks__/obsidian.ts",
	},
	globalSetup: "<rootDir>/tests/setup/global-setup.ts",
	setupFiles: ["<rootDir>/tests/setup/web-globals.ts", "<rootDir>/tests/setup/dom-helpers.ts"],
	testTimeout: 30000,
	reporters: ["default", "<rootDir>/tests/setup/summary-reporter.cjs"],
};
