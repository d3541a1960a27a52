import { Platform, TFile, type Menu, type TAbstractFile } from "obsidian";
import type LearningLogPlugin from "../main";
import { PublishController } from "../obsidian/publish-controller";
import { addPublishStatusBar } from "../views/publish-status-bar";

export const PUBLISH_ICON = "send";

/**
 * Publishing from the plugin: the publish button (ribbon icon everywhere, status-bar item on the
 * desktop), the commands, and marking notes from the file menu. All of them go through one
 * controller, which also serves the learning log view.
 */
export function registerPublishCommands(plugin: LearningLogPlugin): PublishController {
	const { t } = plugin;
	const controller = plugin.addChild(new PublishController(plugin));
	plugin.addRibbonIcon(PUBLISH_ICON, t("button.publish"), () => void controller.publishFromButton());
	if (!Platform.isMobile) addPublishStatusBar(plugin, controller, t);

	const withActiveNote = (act: (file: TFile) => void, when: (file: TFile) => boolean = () => true) => (checking: boolean) => {
		const file = plugin.app.workspace.getActiveFile();
		if (!file || file.extension !== "md" || !when(file)) return false;
		if (!checking) act(file);
		return true;
	};
	plugin.addCommand({ id: "publish", name: t("button.command.publish"), icon: PUBLISH_ICON, callback: () => void controller.publishFromButton() });
	plugin.addCommand({
		id: "publish-current-note",
		name: t("publish.command.current"),
		checkCallback: withActiveNote((file) => void controller.publishNote(file.path)),
	});
	plugin.addCommand({ id: "publish-all-notes", name: t("publish.command.all"), callback: () => void controller.publishAll() });
	plugin.addCommand({ id: "preview-publish", name: t("publish.command.preview"), callback: () => void controller.publishAll(true) });
	plugin.addCommand({
		id: "mark-for-publishing",
		name: t("button.command.mark"),
		checkCallback: withActiveNote((file) => void controller.setMarked(file.path, true), (file) => controller.isMarked(file) !== true),
	});
	plugin.addCommand({
		id: "unmark-for-publishing",
		name: t("button.command.unmark"),
		checkCallback: withActiveNote((file) => void controller.setMarked(file.path, false), (file) => controller.isMarked(file) === true),
	});
	plugin.registerEvent(plugin.app.workspace.on("file-menu", (menu, file) => addMarkItem(menu, file, controller, plugin)));
	return controller;
}

/** "Mark for publishing" or "Stop publishing" in a note's file menu (documented `file-menu` event). */
export function addMarkItem(menu: Menu, file: TAbstractFile, controller: PublishController, plugin: LearningLogPlugin): void {
	const marked = controller.isMarked(file);
	if (!(file instanceof TFile) || file.extension !== "md") return;
	menu.addItem((item) =>
		item
			.setTitle(plugin.t(marked === true ? "button.menu.unmark" : "button.menu.mark"))
			.setIcon(marked === true ? "eye-off" : PUBLISH_ICON)
			.onClick(() => void controller.setMarked(file.path, marked !== true)),
	);
}
