import { App, WorkspaceLeaf } from "../__mocks__/obsidian";
import { LibraryIndexer } from "../../src/views/library-indexer";
import { LearningLogView, type LearningLogViewDeps } from "../../src/views/learning-log-view";
import { DEFAULT_LIBRARY_SETTINGS, type LibrarySettings } from "../../src/library/library-settings";
import { createTranslator } from "../../src/i18n/translator";

export interface Harness {
	app: App;
	view: LearningLogView;
	indexer: LibraryIndexer;
	settings: LibrarySettings;
	saves: number;
	manifest: { value: unknown };
}

/** When the harness's vault creates its notes: 2026-11-28 10:00 in Korea. */
export const VAULT_NOW = Date.parse("2026-11-28T10:00:00+09:00");

/** Lets the fake metadata cache (which reads notes asynchronously) catch up. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function note(fields: Record<string, unknown>, body = ""): string {
	const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join("\n")}\n---\n${body}\n`;
}

/** A view over a fake vault, with the index built as after onLayoutReady. */
export async function openView(
	notes: Record<string, string>,
	{ settings: settingsOverrides, ...options }: Partial<Omit<LearningLogViewDeps, "settings">> & { settings?: Partial<LibrarySettings> } = {},
): Promise<Harness> {
	const app = new App();
	// A note without a date is dated by its creation time: give the vault a clock of its own.
	app.vault.now = () => VAULT_NOW;
	for (const [path, text] of Object.entries(notes)) await app.vault.create(path, text);
	await settle();
	const settings: LibrarySettings = { ...structuredClone(DEFAULT_LIBRARY_SETTINGS), ...settingsOverrides };
	const indexer = new LibraryIndexer(app as never, () => settings);
	indexer.load();
	indexer.start();
	const harness = { app, settings, saves: 0, manifest: { value: null as unknown } } as Harness;
	const leaf = new WorkspaceLeaf(app, app.workspace);
	const view = new LearningLogView(leaf as never, {
		indexer,
		pluginId: "learning-log",
		t: createTranslator("en"),
		settings: () => settings,
		saveSettings: () => {
			harness.saves++;
			return Promise.resolve();
		},
		dailyFolder: () => "daily",
		publishManifest: () => harness.manifest.value,
		today: () => "2021-08-12",
		viewportHeight: () => 260,
		...options,
	});
	view.load();
	await view.onOpen();
	document.body.appendChild(view.containerEl);
	Object.assign(harness, { view, indexer });
	return harness;
}

export function rowEls(harness: Harness): HTMLElement[] {
	return [...harness.view.contentEl.querySelectorAll<HTMLElement>(".learning-log-row")].sort(
		(a, b) => Number(a.dataset.index) - Number(b.dataset.index),
	);
}

/** "▸ DL 5" for groups, "  Title 2021-08-10" for notes: what a reader sees, in order. */
export function rowTexts(harness: Harness): string[] {
	return rowEls(harness).map((el) => {
		const parts = [...el.children].map((child) => child.textContent).filter((text) => text !== "");
		return `${el.classList.contains("learning-log-group") ? (el.getAttribute("aria-expanded") === "true" ? "▾" : "▸") : " "} ${parts.join(" ")}`;
	});
}

export function key(harness: Harness, name: string, init: KeyboardEventInit = {}): void {
	harness.view.list.scrollEl.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, ...init }));
}

export const EXAMPLE_NOTES: Record<string, string> = {
	"daily/2021-08-10.md": note({ title: "[boostcourse] Day7 학습기록", categories: ["boostcourse"], tags: ["boostcamp"], date: "2021-08-10 21:30:00 +0900" }),
	"daily/2021-08-11.md": note({ title: "[boostcourse] Day8 학습기록", categories: ["boostcourse"], tags: ["boostcamp"], date: "2021-08-11 21:30:00 +0900" }, "오늘 #질문거리"),
	"topics/Optimization.md": note({ title: "Optimization", categories: ["DL"], tags: ["ai/optimization"], date: "2021-08-10 22:00:00 +0900" }),
	"topics/CNN 기초.md": note({ title: "CNN 기초", categories: ["DL"], tags: ["ai/cnn", "ai/vision"], date: "2021-08-11 22:00:00 +0900" }),
	"topics/Idea.md": "no front matter, tagged #draft\n",
	"templates/bootcamp-day.md": note({ title: "{{title}}" }),
};

/** A publishing manifest with one site holding these notes (as src/publish/plan/manifest.ts keeps it). */
export function siteManifest(notes: Record<string, { sourceMtime?: number; url?: string }>): unknown {
	const entries = Object.fromEntries(
		Object.entries(notes).map(([path, extra]) => [path, { post: `_posts/${path.replace(/\//g, "-")}`, hash: "h", assets: [], ...extra }]),
	);
	return { version: 1, sites: { "folder:/blog": { notes: entries, sharedAssets: [] } } };
}
