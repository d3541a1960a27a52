// Loads the BUILT main.js inside Chromium the way Obsidian does: a CommonJS module whose only
// import is `obsidian`, here the test fake. Shared by the screenshot harnesses.
import "../../tests/setup/dom-helpers";
import * as obsidian from "../../tests/__mocks__/obsidian";

export interface HarnessNote {
	path: string;
	text: string;
	ctime: number;
	mtime: number;
}

export interface LoadOptions {
	mainJs: string;
	notes: HarnessNote[];
	language: string;
	/** The example vault's "today": the page's clock starts there. */
	now: number;
	data: unknown;
}

export interface LoadedPlugin {
	savedData: unknown;
	settings: Record<string, Record<string, unknown>>;
	ribbonIcons: HTMLElement[];
	statusBarItems: HTMLElement[];
	settingTabs: Array<{ containerEl: HTMLElement; display(): void }>;
	load(): void;
	runCommand(id: string): boolean;
}

export const settle = async (): Promise<void> => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** `module` replaces parts of the fake (a Notice that shows itself, for one). */
export async function loadPlugin(options: LoadOptions, module: Record<string, unknown> = {}): Promise<{ app: obsidian.App; plugin: LoadedPlugin }> {
	Date.now = () => options.now;
	obsidian.setLanguage(options.language);
	const obsidianModule = { ...obsidian, ...module };
	const exported = { exports: {} as Record<string, unknown> };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidianModule;
		throw new Error(`main.js asked for ${name}`);
	};
	new Function("module", "exports", "require", options.mainJs)(exported, exported.exports, require);
	const PluginClass = (exported.exports.default ?? exported.exports) as new (app: obsidian.App, manifest: obsidian.PluginManifest) => LoadedPlugin;

	const app = new obsidian.App();
	for (const note of options.notes) await app.vault.create(note.path, note.text, { ctime: note.ctime, mtime: note.mtime });
	await settle();
	const plugin = new PluginClass(app, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" });
	plugin.savedData = options.data;
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	await settle();
	return { app, plugin };
}
