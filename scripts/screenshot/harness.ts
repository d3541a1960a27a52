// Runs inside Chromium for the screenshots of the learning log view: the BUILT main.js loads with
// the test fake of the `obsidian` module and opens its view as in the app.
import type * as obsidian from "../../tests/__mocks__/obsidian";
import { loadPlugin, settle, type LoadOptions } from "./load-plugin";

async function renderLearningLog(options: LoadOptions): Promise<{ rows: string[]; cells: number }> {
	const { app, plugin } = await loadPlugin(options);
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
