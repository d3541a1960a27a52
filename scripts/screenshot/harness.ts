// Runs inside Chromium for the screenshots: Obsidian's DOM helpers and the test fake of the
// `obsidian` module, so that the BUILT main.js loads and opens its view as in the app.
import "../../tests/setup/dom-helpers";
import * as obsidian from "../../tests/__mocks__/obsidian";

export interface HarnessNote {
	path: string;
	text: string;
	ctime: number;
	mtime: number;
}

export interface HarnessOptions {
	mainJs: string;
	notes: HarnessNote[];
	language: string;
	/** The example vault's "today", so the streak shows its days. */
	now: number;
	data: unknown;
}

interface LoadedPlugin {
	savedData: unknown;
	load(): void;
	runCommand(id: string): boolean;
}

const settle = async (): Promise<void> => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function renderLearningLog(options: HarnessOptions): Promise<{ rows: string[]; cells: number }> {
	Date.now = () => options.now;
	obsidian.setLanguage(options.language);
	const module = { exports: {} as Record<string, unknown> };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidian;
		throw new Error(`main.js asked for ${name}`);
	};
	new Function("module", "exports", "require", options.mainJs)(module, module.exports, require);
	const PluginClass = (module.exports.default ?? module.exports) as new (app: obsidian.App, manifest: obsidian.PluginManifest) => LoadedPlugin;

	const app = new obsidian.App();
	for (const note of options.notes) await app.vault.create(note.path, note.text, { ctime: note.ctime, mtime: note.mtime });
	await settle();
	const plugin = new PluginClass(app, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" });
	plugin.savedData = options.data;
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	plugin.runCommand("open-view");
	await settle();
	const view = app.workspace.getLeavesOfType("learning-log-view")[0].view as obsidian.ItemView;

	const sidebar = document.querySelector<HTMLElement>(".sidebar")!;
	sidebar.createDiv({ cls: "view-header", text: view.getDisplayText() });
	view.containerEl.addClass("view-container");
	sidebar.appendChild(view.containerEl);
	// Attached now, with a real height: draw the rows that fit.
	view.containerEl.querySelector(".learning-log-scroll")!.dispatchEvent(new Event("scroll"));
	await settle();
	const rows = [...view.containerEl.querySelectorAll<HTMLElement>(".learning-log-row")]
		.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
		.map((row) => row.textContent ?? "");
	return { rows, cells: view.containerEl.querySelectorAll(".learning-log-day").length };
}

(window as unknown as { renderLearningLog: typeof renderLearningLog }).renderLearningLog = renderLearningLog;
