import { Menu, Notice } from "../__mocks__/obsidian";
import { EXAMPLE_NOTES, key, openView, rowEls, rowTexts, settle, siteManifest } from "./view-harness";
import { PUBLISH_STATE_CHANGED } from "../../src/core/workspace-events";

describe("learning log view: rows and counts", () => {
	test("groups by category with counts, notes with title and date, templates left out", async () => {
		const h = await openView(EXAMPLE_NOTES);
		expect(rowTexts(h)).toEqual([
			"▾ boostcourse 2",
			"  [boostcourse] Day8 학습기록 2021-08-11",
			"  [boostcourse] Day7 학습기록 2021-08-10",
			"▾ DL 2",
			"  CNN 기초 2021-08-11",
			"  Optimization 2021-08-10",
			"▾ Uncategorised 1",
			"  Idea 2026-11-28",
		]);
		const tree = h.view.list.scrollEl;
		expect([tree.getAttribute("role"), tree.getAttribute("tabindex")]).toEqual(["tree", "0"]);
		const [group, first] = rowEls(h);
		expect([group.getAttribute("role"), group.getAttribute("aria-level"), group.getAttribute("aria-expanded")]).toEqual(["treeitem", "1", "true"]);
		expect([first.getAttribute("aria-level"), first.getAttribute("aria-expanded"), first.getAttribute("draggable")]).toEqual(["2", null, "true"]);
		// Most siblings are out of the DOM in a virtual list: positions are told explicitly.
		const positions = rowEls(h).map((el) => `${el.getAttribute("aria-posinset")}/${el.getAttribute("aria-setsize")}`);
		expect(positions).toEqual(["1/3", "1/2", "2/2", "2/3", "1/2", "2/2", "3/3", "1/1"]);
	});

	test("tag mode nests tags; a note with two nested tags counts once in the parent", async () => {
		const h = await openView(EXAMPLE_NOTES, { settings: { grouping: "tag" } });
		const texts = rowTexts(h);
		expect(texts.slice(0, 3)).toEqual(["▾ 질문거리 1", "  [boostcourse] Day8 학습기록 2021-08-11", "▾ ai 2"]);
		expect(texts).toContain("▾ vision 1");
		expect(texts).toContain("▾ draft 1");
	});

	test("the mode and sort switchers regroup, save the choice and keep it in settings", async () => {
		const h = await openView(EXAMPLE_NOTES);
		h.view.header.modeEl.value = "date";
		h.view.header.modeEl.dispatchEvent(new Event("change"));
		await settle();
		expect(h.settings.grouping).toBe("date");
		expect(h.saves).toBe(1);
		expect(rowTexts(h).slice(0, 3)).toEqual(["▾ 2026 1", "▾ November 2026 1", expect.stringMatching(/^▾ Week \d+ · /)]);
		h.view.header.sortEl.value = "title";
		h.view.header.sortEl.dispatchEvent(new Event("change"));
		await settle();
		expect(h.settings.sort).toBe("title");
		h.view.header.modeEl.value = "category";
		h.view.header.modeEl.dispatchEvent(new Event("change"));
		expect(rowTexts(h).slice(3, 6)).toEqual(["▾ DL 2", "  CNN 기초 2021-08-11", "  Optimization 2021-08-10"]);
	});

	test("publish states come from the manifest, and are hidden when it cannot be read", async () => {
		const h = await openView(EXAMPLE_NOTES);
		const labels = () => [...h.view.contentEl.querySelectorAll(".learning-log-publish")].map((el) => el.getAttribute("aria-label"));
		// Nothing published yet: every note says so.
		expect(labels().length).toBeGreaterThan(0);
		expect(new Set(labels())).toEqual(new Set(["Not published"]));
		h.manifest.value = { notes: 3 };
		h.app.workspace.trigger(PUBLISH_STATE_CHANGED);
		expect(labels()).toEqual([]);
		const published = h.app.vault.getFileByPath("daily/2021-08-10.md")!;
		h.manifest.value = siteManifest({ "daily/2021-08-10.md": { sourceMtime: published.stat.mtime, url: "https://me.github.io/day7/" }, "topics/Optimization.md": { sourceMtime: 0 } });
		// The publishing code announces a new manifest; open views redraw their states.
		h.app.workspace.trigger(PUBLISH_STATE_CHANGED);
		const state = (title: string) =>
			rowEls(h)
				.find((el) => el.textContent?.startsWith(title))
				?.querySelector(".learning-log-publish")
				?.getAttribute("aria-label");
		expect(state("[boostcourse] Day7")).toBe("Published");
		expect(state("Optimization")).toBe("Changed since published");
		expect(state("CNN 기초")).toBe("Not published");
	});
});

describe("learning log view: filter", () => {
	async function filter(h: Awaited<ReturnType<typeof openView>>, query: string): Promise<string[]> {
		h.view.header.filterEl.value = query;
		h.view.header.filterEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		return rowTexts(h);
	}

	test("by title, #tag and category:, with counts of matches only", async () => {
		const h = await openView(EXAMPLE_NOTES);
		expect(await filter(h, "#ai")).toEqual(["▾ DL 2", "  CNN 기초 2021-08-11", "  Optimization 2021-08-10"]);
		expect(await filter(h, "#ai/vision")).toEqual(["▾ DL 1", "  CNN 기초 2021-08-11"]);
		expect(rowEls(h).map((el) => el.getAttribute("aria-setsize"))).toEqual(["1", "1"]);
		expect(await filter(h, "day8")).toEqual(["▾ boostcourse 1", "  [boostcourse] Day8 학습기록 2021-08-11"]);
		expect(await filter(h, "category:DL optim")).toEqual(["▾ DL 1", "  Optimization 2021-08-10"]);
		expect(await filter(h, "nothing-like-this")).toEqual([]);
		expect(h.view.contentEl.querySelector(".learning-log-empty")?.textContent).toBe("No note matches the filter.");
		expect(await filter(h, "")).toHaveLength(8);
	});

	test("typing filters after a pause", async () => {
		const h = await openView(EXAMPLE_NOTES);
		h.view.header.filterEl.value = "#draft";
		h.view.header.filterEl.dispatchEvent(new Event("input"));
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(rowTexts(h)).toEqual(["▾ Uncategorised 1", expect.stringMatching(/^ {2}Idea /)]);
	});
});

describe("learning log view: keyboard", () => {
	test("arrows, home/end, left/right collapse and move to the parent, enter opens", async () => {
		const h = await openView(EXAMPLE_NOTES);
		const tree = h.view.list.scrollEl;
		const focused = () => rowEls(h).find((el) => el.classList.contains("is-focused"))?.textContent;
		key(h, "ArrowDown");
		expect(focused()).toBe("boostcourse2");
		expect(tree.getAttribute("aria-activedescendant")).toBe(rowEls(h)[0].id);
		key(h, "ArrowDown");
		expect(focused()).toContain("Day8");
		expect(rowEls(h)[1].getAttribute("aria-selected")).toBe("true");
		key(h, "ArrowLeft"); // a note: to its group
		expect(focused()).toBe("boostcourse2");
		key(h, "ArrowLeft"); // an open group: collapse it
		expect(rowTexts(h)[0]).toBe("▸ boostcourse 2");
		expect(h.settings.collapsedGroups).toEqual(["category|c:boostcourse"]);
		key(h, "ArrowDown");
		expect(focused()).toBe("DL2");
		key(h, "ArrowUp");
		key(h, "ArrowRight"); // a closed group: open it
		expect(rowTexts(h)[0]).toBe("▾ boostcourse 2");
		key(h, "ArrowRight"); // an open group: its first child
		expect(focused()).toContain("Day8");
		key(h, "End");
		expect(focused()).toContain("Idea");
		key(h, "Home");
		expect(focused()).toBe("boostcourse2");
		key(h, "ArrowDown");
		key(h, "Enter");
		await settle();
		expect(h.app.workspace.leaves.map((leaf) => leaf.openedFile?.path).filter(Boolean)).toEqual(["daily/2021-08-11.md"]);
	});

	test("collapse state survives a restart (kept in the settings per grouping mode)", async () => {
		const h = await openView(EXAMPLE_NOTES, { settings: { collapsedGroups: ["category|c:DL", "date|y2021"] } });
		expect(rowTexts(h).slice(3, 5)).toEqual(["▸ DL 2", "▾ Uncategorised 1"]);
	});
});

describe("learning log view: mouse", () => {
	test("click opens, modifier-click opens in a new tab, a group click toggles", async () => {
		const h = await openView(EXAMPLE_NOTES);
		const spy = jest.spyOn(h.app.workspace, "getLeaf");
		rowEls(h)[1].querySelector(".learning-log-title")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		rowEls(h)[2].dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		await settle();
		expect(spy.mock.calls.map((call) => call[0])).toEqual([false, "tab"]);
		expect(h.app.workspace.leaves.map((leaf) => leaf.openedFile?.path)).toEqual(["daily/2021-08-11.md", "daily/2021-08-10.md"]);
		rowEls(h)[0].dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(rowTexts(h)[0]).toBe("▸ boostcourse 2");
	});

	test("hovering a note asks Obsidian's page preview, once per row", async () => {
		const h = await openView(EXAMPLE_NOTES);
		const hovers: Record<string, unknown>[] = [];
		h.app.workspace.on("hover-link", (info: Record<string, unknown>) => hovers.push(info));
		const row = rowEls(h)[4];
		row.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		row.querySelector(".learning-log-date")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		rowEls(h)[0].dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toHaveLength(1);
		expect([hovers[0].source, hovers[0].linktext]).toEqual(["learning-log-view", "topics/CNN 기초.md"]);
		expect(hovers[0].targetEl).toBe(row);
		expect(hovers[0].hoverParent).toBe(h.view);
		expect(hovers[0].event).toBeInstanceOf(MouseEvent);
	});

	test("dragging a note carries a link for the editor to insert", async () => {
		const h = await openView(EXAMPLE_NOTES);
		const data = new Map<string, string>();
		const event = new Event("dragstart", { bubbles: true });
		Object.defineProperty(event, "dataTransfer", { value: { setData: (type: string, value: string) => data.set(type, value), effectAllowed: "" } });
		rowEls(h)[4].dispatchEvent(event);
		expect(data.get("text/plain")).toBe("[[CNN 기초]]");
	});

	test("right-click menu: open, new tab; publish, mark and copy URL through the plugin's own functions", async () => {
		const calls: string[] = [];
		const marks = new Map<string, boolean>();
		const publishing = {
			publishNow: () => void calls.push("publishNow"),
			publishNote: (path: string) => void calls.push(`publish ${path}`),
			setMarked: (path: string, marked: boolean) => void calls.push(`${marked ? "mark" : "unmark"} ${path}`),
			isMarked: (path: string) => marks.get(path) ?? null,
		};
		const h = await openView(EXAMPLE_NOTES);
		// Only documented API: whatever undocumented members the app has, the menu does not use them.
		Object.assign(h.app, { internalPlugins: { getPluginById: () => { throw new Error("undocumented"); } }, commands: { executeCommandById: () => { throw new Error("undocumented"); } } });
		const menuOf = (index: number) => {
			rowEls(h)[index].dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
			return Menu.lastShown!.items.map((item) => item.title);
		};
		expect(menuOf(2)).toEqual(["Open", "Open in new tab"]);
		Menu.lastShown = null;
		rowEls(h)[0].dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
		expect(Menu.lastShown).toBeNull();

		h.manifest.value = siteManifest({ "daily/2021-08-10.md": { url: "https://me.github.io/day7/" } });
		h.view.refresh();
		const writes: string[] = [];
		Object.defineProperty(navigator, "clipboard", { value: { writeText: (text: string) => Promise.resolve(void writes.push(text)) }, configurable: true });
		expect(menuOf(2)).toEqual(["Open", "Open in new tab", "Copy published URL"]);
		Menu.lastShown!.items[2].handler!(new MouseEvent("click"));
		await settle();
		expect(writes).toEqual(["https://me.github.io/day7/"]);
		expect(Notice.shown).toContain("Published URL copied.");

		const withPublishing = await openView(EXAMPLE_NOTES, { publishing });
		const menuWith = (index: number) => {
			rowEls(withPublishing)[index].dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
			return Menu.lastShown!.items;
		};
		expect(menuWith(2).map((item) => item.title)).toEqual(["Open", "Open in new tab", "Publish", "Mark for publishing"]);
		menuWith(2)[2].handler!(new MouseEvent("click"));
		menuWith(2)[3].handler!(new MouseEvent("click"));
		marks.set("daily/2021-08-10.md", true);
		expect(menuWith(2)[3].title).toBe("Stop publishing");
		menuWith(2)[3].handler!(new MouseEvent("click"));
		withPublishing.view.contentEl.querySelector<HTMLElement>(".learning-log-publish-button")!.click();
		expect(calls).toEqual(["publish daily/2021-08-10.md", "mark daily/2021-08-10.md", "unmark daily/2021-08-10.md", "publishNow"]);
		expect(h.view.contentEl.querySelector(".learning-log-publish-button")).toBeNull();
	});
});
