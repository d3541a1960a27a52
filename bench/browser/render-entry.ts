// Runs inside Chromium for bench/library-browser.bench.ts: the view's row rendering and virtual
// list over a 10,000-note index, against every row in the DOM, with real style and layout.
import "../../tests/setup/dom-helpers";
import { createTranslator } from "../../src/i18n/translator";
import { createNoteRowCache, flattenTree, type TreeRow } from "../../src/library/flatten-tree";
import { LibraryIndex } from "../../src/library/library-index";
import type { NoteFacts } from "../../src/library/note-facts";
import { renderRow, rowSignature, type RowContext } from "../../src/views/tree-row";
import { VirtualList } from "../../src/views/virtual-list";

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Time of a DOM change including the style and layout it causes (forced by reading a height). */
function timed(run: () => void, host: HTMLElement): number {
	const begin = performance.now();
	run();
	void host.offsetHeight;
	return performance.now() - begin;
}

function benchRender(vault: NoteFacts[]): Record<string, number> {
	const index = new LibraryIndex({ mode: "category" }, vault);
	const context: RowContext = {
		t: createTranslator("en"),
		factsOf: (path) => index.factsOf(path),
		publishStateOf: () => "unknown",
		setIcon: (el, icon) => el.setAttribute("data-icon", icon),
	};
	const collapsed = new Set<string>();
	const host = document.querySelector<HTMLElement>(".sidebar")!;
	const open = (): { root: HTMLElement; list: VirtualList<TreeRow>; cache: ReturnType<typeof createNoteRowCache> } => {
		const root = host.createDiv({ cls: "learning-log-view" });
		const list = new VirtualList<TreeRow>(root, {
			rowHeight: 26,
			signature: (row) => rowSignature(row, context),
			render: (el, row) => renderRow(el, row, context),
		});
		return { root, list, cache: createNoteRowCache() };
	};
	const first: number[] = [];
	for (let i = 0; i < 15; i++) {
		let view: ReturnType<typeof open> | null = null;
		first.push(
			timed(() => {
				view = open();
				view.list.setRows(flattenTree(index, { collapsed, filter: null, cache: view.cache }));
			}, host),
		);
		view!.root.remove();
	}
	const view = open();
	view.list.setRows(flattenTree(index, { collapsed, filter: null, cache: view.cache }));
	const nodes = view.root.querySelectorAll("*").length;
	const rerender: number[] = [];
	for (let edit = 1; edit <= 200; edit++) {
		const row = view.list.rowAt(1 + (edit % 10))!;
		if (row.kind !== "note") continue;
		const facts = index.factsOf(row.path)!;
		rerender.push(
			timed(() => {
				index.upsert({ ...facts, title: `${facts.title.replace(/ \(\d+\)$/, "")} (${edit})`, mtime: edit });
				view.list.setRows(flattenTree(index, { collapsed, filter: null, cache: view.cache }));
			}, host),
		);
	}
	view.root.remove();

	const naive: number[] = [];
	let naiveNodes = 0;
	for (let i = 0; i < 3; i++) {
		const root = host.createDiv({ cls: ["learning-log-view", "learning-log-naive"] });
		naive.push(
			timed(() => {
				for (const row of flattenTree(index, { collapsed, filter: null })) renderRow(root.createDiv(), row, context);
			}, host),
		);
		naiveNodes = root.querySelectorAll("*").length;
		root.remove();
	}
	return { firstRender: median(first), rerender: median(rerender), naive: median(naive), nodes, naiveNodes };
}

(window as unknown as { benchRender: typeof benchRender }).benchRender = benchRender;
