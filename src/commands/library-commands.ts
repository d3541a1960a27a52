import type { App } from "obsidian";
import type LearningLogPlugin from "../main";
import { LibraryIndexer } from "../views/library-indexer";
import type { ViewPublishing } from "../views/row-menu";
import { LEARNING_LOG_ICON, LearningLogView, VIEW_TYPE_LEARNING_LOG } from "../views/learning-log-view";

/**
 * The learning log sidebar: its index (a child component, built once the layout is ready), the
 * view type, the page preview source, a ribbon icon ("Open learning log") and the command that shows the view.
 */
export function registerLibraryView(plugin: LearningLogPlugin, publishing?: ViewPublishing): void {
	const indexer = plugin.addChild(new LibraryIndexer(plugin.app, () => plugin.settings.library));
	plugin.registerView(
		VIEW_TYPE_LEARNING_LOG,
		(leaf) =>
			new LearningLogView(leaf, {
				indexer,
				pluginId: plugin.manifest.id,
				t: plugin.t,
				settings: () => plugin.settings.library,
				saveSettings: () => plugin.saveSettings(),
				dailyFolder: () => plugin.settings.daily.folder,
				publishManifest: () => plugin.publishManifest,
				publishing,
			}),
	);
	plugin.registerHoverLinkSource(VIEW_TYPE_LEARNING_LOG, { display: plugin.manifest.name, defaultMod: true });
	plugin.addRibbonIcon(LEARNING_LOG_ICON, plugin.t("library.ribbon.open"), () => void openLearningLogView(plugin.app));
	plugin.addCommand({
		id: "open-view",
		name: plugin.t("library.command.open"),
		icon: LEARNING_LOG_ICON,
		callback: () => void openLearningLogView(plugin.app),
	});
	// The vault fires `create` for every file while it loads: index once that is over.
	plugin.app.workspace.onLayoutReady(() => indexer.start());
}

/** Reveals the view, creating it in the right sidebar the first time; never keeps a reference to it. */
export async function openLearningLogView(app: App): Promise<void> {
	const existing = app.workspace.getLeavesOfType(VIEW_TYPE_LEARNING_LOG)[0];
	if (existing) {
		await app.workspace.revealLeaf(existing);
		return;
	}
	const leaf = app.workspace.getRightLeaf(false);
	if (!leaf) return;
	await leaf.setViewState({ type: VIEW_TYPE_LEARNING_LOG, active: true });
	await app.workspace.revealLeaf(leaf);
}
