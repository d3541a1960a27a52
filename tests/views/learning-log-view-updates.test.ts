import { App, Notice, Setting, TextAreaComponent } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { extractNoteFacts } from "../../src/library/note-facts";
import { LearningLogView, VIEW_TYPE_LEARNING_LOG } from "../../src/views/learning-log-view";
import { renderLibrarySettings } from "../../src/settings/sections/library-section";
import { EXAMPLE_NOTES, VAULT_NOW, note, openView, rowEls, rowTexts, settle } from "./view-harness";

function generatedFacts(count: number) {
	return Array.from({ length: count }, (_, i) =>
		extractNoteFacts({
			path: `notes/note-${String(i).padStart(5, "0")}.md`,
			frontMatter: { title: `노트 ${i}`, categories: [`cat-${i % 20}`], tags: [`t/${i % 7}`], date: `2021-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}` },
			inlineTags: [],
			ctime: 0,
			mtime: 0,
		}),
	);
}

describe("virtual list", () => {
	test("a 10,000-note vault puts only the rows on screen in the DOM, also after scrolling", async () => {
		const h = await openView({});
		h.indexer.index.replaceAll(generatedFacts(10_000));
		h.view.refresh();
		const total = h.view.visibleRows.length;
		expect(total).toBe(10_000 + 20);
		// 260 px of 26 px rows = 10 rows, and 4 more below (none above the top).
		expect(rowEls(h)).toHaveLength(14);
		expect(h.view.contentEl.querySelectorAll("*").length).toBeLessThan(250 + 84);
		const spacer = h.view.contentEl.querySelector<HTMLElement>(".learning-log-spacer")!;
		expect(spacer.style.getPropertyValue("--learning-log-row-count")).toBe(String(total));

		h.view.list.scrollEl.scrollTop = 5_000 * 26;
		h.view.list.scrollEl.dispatchEvent(new Event("scroll"));
		const indexes = rowEls(h).map((el) => Number(el.dataset.index));
		expect(indexes[0]).toBe(5_000 - 4);
		expect(indexes).toHaveLength(10 + 8);
		expect(rowEls(h)[4].style.getPropertyValue("--learning-log-row-index")).toBe("5000");
		expect(rowEls(h)[4].textContent).toContain(h.indexer.index.factsOf((h.view.visibleRows[5_000] as { path: string }).path)!.title);
	});

	test("one changed note redraws its own row only", async () => {
		const h = await openView(EXAMPLE_NOTES);
		const before = rowEls(h);
		const changed = before[4]; // CNN 기초
		const mutated = new Set<Node>();
		const observer = new MutationObserver((records) => records.forEach((record) => mutated.add(record.target)));
		observer.observe(h.view.contentEl, { subtree: true, childList: true, attributes: true, characterData: true });
		const file = h.app.vault.getFileByPath("topics/CNN 기초.md")!;
		await h.app.vault.modify(file, note({ title: "CNN 기초 (수정)", categories: ["DL"], tags: ["ai/cnn"], date: "2021-08-11 22:00:00 +0900" }));
		await settle();
		observer.disconnect();
		await Promise.resolve();
		expect(rowTexts(h)[4]).toBe("  CNN 기초 (수정) 2021-08-11");
		const after = rowEls(h);
		expect(after.every((el, i) => el === before[i])).toBe(true);
		const touchedRows = new Set([...mutated].map((node) => (node instanceof HTMLElement ? node : node.parentElement)?.closest(".learning-log-row")).filter(Boolean));
		expect([...touchedRows]).toEqual([changed]);
		expect([...mutated].every((node) => changed.contains(node))).toBe(true);
	});

	test("vault events: create, rename and delete update the tree and the counts", async () => {
		const h = await openView(EXAMPLE_NOTES);
		await h.app.vault.create("topics/RNN 기초.md", note({ title: "RNN 기초", categories: ["DL"], date: "2021-08-12 22:00:00 +0900" }));
		await settle();
		expect(rowTexts(h).slice(3, 5)).toEqual(["▾ DL 3", "  RNN 기초 2021-08-12"]);
		await h.app.vault.rename(h.app.vault.getFileByPath("topics/Idea.md")!, "topics/2021-08-01 아이디어.md");
		await settle();
		expect(rowTexts(h).at(-1)).toBe("  2021-08-01 아이디어 2021-08-01");
		await h.app.vault.rename(h.app.vault.getFileByPath("topics/2021-08-01 아이디어.md")!, "templates/아이디어.md");
		await settle();
		expect(rowTexts(h).some((text) => text.includes("아이디어"))).toBe(false);
		await h.app.vault.delete(h.app.vault.getFileByPath("topics/Optimization.md")!);
		await settle();
		expect(rowTexts(h).slice(3)).toEqual(["▾ DL 2", "  RNN 기초 2021-08-12", "  CNN 기초 2021-08-11"]);
	});
});

describe("streak header", () => {
	test("12 weeks of days, the streaks, and a click opens that day's note", async () => {
		const h = await openView(EXAMPLE_NOTES);
		const cells = h.view.contentEl.querySelectorAll<HTMLElement>(".learning-log-day");
		expect(cells).toHaveLength(84);
		const day10 = h.view.contentEl.querySelector<HTMLElement>('[data-day="2021-08-10"]')!;
		expect(day10.className).toBe("learning-log-day is-level-4");
		expect(day10.getAttribute("aria-label")).toBe("2021-08-10: 2 notes");
		expect(h.view.contentEl.querySelector(".learning-log-streak-current")?.textContent).toBe("Current streak: 2 days");
		expect(h.view.contentEl.querySelector(".learning-log-streak-longest")?.textContent).toBe("Longest: 2 days");
		day10.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await settle();
		expect(h.app.workspace.leaves.at(-1)?.openedFile?.path).toBe("daily/2021-08-10.md");
		h.view.contentEl.querySelector<HTMLElement>('[data-day="2021-08-09"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await settle();
		expect(Notice.shown.at(-1)).toBe("No note on 2021-08-09.");
		// A note dated that day extends the streak; a title change leaves the heat map alone.
		await h.app.vault.create("daily/2021-08-09.md", note({ title: "Day6" }));
		await settle();
		expect(h.view.contentEl.querySelector(".learning-log-streak-current")?.textContent).toBe("Current streak: 3 days");
		expect(h.view.contentEl.querySelector('[data-day="2021-08-09"]')?.className).toBe("learning-log-day is-level-2");
	});
});

describe("streak after midnight", () => {
	afterEach(() => jest.useRealTimers());

	test("the heat map moves on to the new day without any note changing", async () => {
		jest.useFakeTimers({ doNotFake: ["setTimeout", "nextTick", "setImmediate", "queueMicrotask"] });
		let today = "2021-08-11";
		const h = await openView(EXAMPLE_NOTES, { today: () => today });
		const current = () => h.view.contentEl.querySelector(".learning-log-streak-current")?.textContent;
		expect(current()).toBe("Current streak: 2 days");
		today = "2021-08-13"; // two days later, nothing written: the streak is broken
		jest.advanceTimersByTime(10 * 60_000);
		expect(current()).toBe("Current streak: 0 days");
	});
});

describe("plugin wiring", () => {
	async function loadPlugin(): Promise<{ app: App; plugin: LearningLogPlugin }> {
		const app = new App();
		app.vault.now = () => VAULT_NOW;
		for (const [path, text] of Object.entries(EXAMPLE_NOTES)) await app.vault.create(path, text);
		const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" } as never);
		(plugin as unknown as { load(): void }).load();
		await settle();
		return { app, plugin };
	}

	test("the command and the ribbon open one view in the right sidebar; the index waits for the layout", async () => {
		const { app, plugin } = await loadPlugin();
		const fake = plugin as unknown as { commands: { id: string; name: string }[]; ribbonIcons: HTMLElement[]; hoverLinkSources: Map<string, unknown>; runCommand(id: string): boolean };
		expect(fake.commands.map((c) => [c.id, c.name])).toContainEqual(["open-view", "Show notes by category, tag and date"]);
		expect(fake.hoverLinkSources.get(VIEW_TYPE_LEARNING_LOG)).toEqual({ display: "Learning Log", defaultMod: true });
		const rightLeaf = jest.spyOn(app.workspace, "getRightLeaf");
		const reveal = jest.spyOn(app.workspace, "revealLeaf");
		fake.runCommand("open-view");
		await settle();
		const [leaf] = app.workspace.getLeavesOfType(VIEW_TYPE_LEARNING_LOG);
		expect(leaf.view).toBeInstanceOf(LearningLogView);
		expect((leaf.view as unknown as LearningLogView).visibleRows).toHaveLength(0); // layout not ready yet
		app.workspace.finishLayout();
		expect((leaf.view as unknown as LearningLogView).visibleRows).toHaveLength(8);
		fake.ribbonIcons[0].dispatchEvent(new MouseEvent("click"));
		await settle();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_LEARNING_LOG)).toHaveLength(1);
		expect(rightLeaf).toHaveBeenCalledTimes(1);
		expect(reveal).toHaveBeenCalledTimes(2);
		// Unloading the plugin removes the event handlers of the index and of the publish status.
		expect(app.metadataCache.listenerCount("changed")).toBe(2);
		(plugin as unknown as { unload(): void }).unload();
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
	});

	test("settings: folder lists re-scope the index, and are saved", async () => {
		const { app, plugin } = await loadPlugin();
		app.workspace.finishLayout();
		(plugin as unknown as { runCommand(id: string): boolean }).runCommand("open-view");
		await settle();
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_LEARNING_LOG)[0].view as unknown as LearningLogView;
		const container = document.createElement("div");
		const settings: Setting[] = [];
		const original = Setting.prototype.addTextArea;
		jest.spyOn(Setting.prototype, "addTextArea").mockImplementation(function (this: Setting, cb) {
			settings.push(this);
			return original.call(this, cb);
		});
		renderLibrarySettings(container, plugin, () => undefined);
		const excluded = settings[0].components[0] as TextAreaComponent;
		expect(excluded.getValue()).toBe("templates, attachments");
		excluded.simulateChange("templates, daily");
		await settle();
		expect(plugin.settings.library.excludedFolders).toEqual(["templates", "daily"]);
		expect(view.visibleRows.some((row) => row.kind === "note" && row.path.startsWith("daily/"))).toBe(false);
		expect((plugin as unknown as { savedData: { library: { excludedFolders: string[] } } }).savedData.library.excludedFolders).toEqual(["templates", "daily"]);
	});
});

describe("folder events", () => {
	test("deleting or renaming a folder updates the notes inside it", async () => {
		const { TFolder } = await import("../__mocks__/obsidian");
		const h = await openView(EXAMPLE_NOTES);
		// Move the notes as the vault would, then announce the folder's rename.
		for (const path of ["topics/Optimization.md", "topics/CNN 기초.md"]) {
			const file = h.app.vault.getFileByPath(path)!;
			const target = path.replace("topics/", "study/");
			await h.app.vault.rename(file, target);
		}
		await settle();
		h.app.vault.trigger("rename", new TFolder("study"), "topics");
		expect(rowTexts(h).filter((text) => text.includes("CNN"))).toEqual(["  CNN 기초 2021-08-11"]);
		expect([...h.indexer.index.allFacts()].filter((facts) => facts.path.startsWith("study/"))).toHaveLength(2);
		h.app.vault.trigger("delete", new TFolder("study"));
		expect(rowTexts(h).some((text) => text.includes("CNN") || text.includes("Optimization"))).toBe(false);
		expect(rowTexts(h)[3]).toBe("▾ Uncategorised 1");
	});
});
