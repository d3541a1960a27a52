/**
 * Loads the built main.js the way mobile Obsidian does: `require` knows only `obsidian`, and there
 * is no `process`, `Buffer` or `global`. Loading and enabling the plugin must not reach Node.
 * `npm test` builds main.js first.
 */
import { readFileSync, existsSync } from "fs";
// Tests import the fake directly (jest maps `obsidian` to the same file), so its test helpers type-check.
import * as obsidian from "../__mocks__/obsidian";
import { App, Notice, type PluginManifest } from "../__mocks__/obsidian";

const mainJsPath = `${__dirname}/../../main.js`;

interface PluginLike {
	onload(): Promise<void>;
	load(): void;
	unload(): void;
	commands: { id: string }[];
}

function loadPluginClass(requested: string[]): new (app: App, manifest: PluginManifest) => PluginLike {
	const source = readFileSync(mainJsPath, "utf8");
	const module = { exports: {} as Record<string, unknown> };
	const mobileRequire = (name: string): unknown => {
		requested.push(name);
		if (name === "obsidian") return obsidian;
		throw new Error(`Cannot find module '${name}' (not available on mobile)`);
	};
	// Shadow the Node globals with undefined, as on a phone.
	const run = new Function("module", "exports", "require", "process", "Buffer", "global", "setImmediate", source);
	run(module, module.exports, mobileRequire, undefined, undefined, undefined, undefined);
	const exported = module.exports.default ?? module.exports;
	return exported as new (app: App, manifest: PluginManifest) => PluginLike;
}

/** Loads main.js the mobile way, enables the plugin and lets the workspace finish its layout. */
async function startPlugin(requested: string[]): Promise<{ app: App; plugin: PluginLike }> {
	const LearningLogPlugin = loadPluginClass(requested);
	const app = new App();
	const plugin = new LearningLogPlugin(app, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" });
	await plugin.onload();
	app.workspace.finishLayout();
	return { app, plugin };
}

describe("main.js on mobile", () => {
	beforeAll(() => {
		if (!existsSync(mainJsPath)) throw new Error("main.js is missing: run `npm test`, which builds it first.");
	});

	test("loads, enables and unloads without any Node module", async () => {
		const requested: string[] = [];
		const { plugin } = await startPlugin(requested);
		await new Promise((resolve) => setTimeout(resolve, 0));
		plugin.unload();
		expect([...new Set(requested)]).toEqual(["obsidian"]);
		expect(Notice.shown.filter((text: string) => /error|failed|오류/i.test(text))).toEqual([]);
	});

	test("the publish commands register and, run on a phone with nothing set up, open the setup for GitHub (no folder)", async () => {
		const platform = obsidian.Platform as unknown as Record<string, boolean>;
		const saved = { ...platform };
		Object.assign(platform, { isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true, isPhone: true, isLinux: false });
		try {
			const requested: string[] = [];
			const { app, plugin } = await startPlugin(requested);
			const ids = plugin.commands.map((command) => command.id);
			expect(ids).toEqual(expect.arrayContaining(["publish", "publish-current-note", "publish-all-notes", "preview-publish", "mark-for-publishing", "unmark-for-publishing"]));
			const note = await app.vault.create("daily/2021-08-10.md", "---\npublish: true\n---\n본문\n");
			app.workspace.setActiveFile(note);
			Notice.shown.length = 0;
			for (const id of ["publish", "publish-current-note", "publish-all-notes", "preview-publish"]) {
				expect((plugin as unknown as obsidian.Plugin).runCommand(id)).toBe(true);
				await new Promise((resolve) => setTimeout(resolve, 0));
				const setup = document.querySelector(".learning-log-publish-setup")!;
				const names = [...setup.querySelectorAll(".setting-item-name")].map((el) => el.textContent).filter(Boolean);
				expect(names).toEqual(["Repository", "Branch", "Token"]);
				[...setup.querySelectorAll("button")].find((el) => el.textContent === "Cancel")!.click();
			}
			plugin.unload();
			expect([...new Set(requested)]).toEqual(["obsidian"]);
			expect(Notice.shown).toEqual([]);
		} finally {
			Object.assign(platform, saved);
		}
	});
});
