import { Setting, type Events } from "obsidian";
import { GROUPING_MODES } from "../../library/group-keys";
import { parseFolderList } from "../../library/folder-scope";
import { groupingOf, sortOf, type GroupingMode, type SortOrder } from "../../library/library-settings";
import type { MessageKey } from "../../i18n/translator";
import type LearningLogPlugin from "../../main";
import { LIBRARY_SETTINGS_CHANGED } from "../../core/workspace-events";
import { SORT_ORDERS } from "../../views/view-header";

async function saveAndNotify(plugin: LearningLogPlugin): Promise<void> {
	await plugin.saveSettings();
	const events: Events = plugin.app.workspace;
	events.trigger(LIBRARY_SETTINGS_CHANGED);
}

export function renderLibrarySettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	void refresh;
	const { t } = plugin;
	const library = plugin.settings.library;
	new Setting(containerEl).setName(t("library.settingsHeading")).setHeading();

	new Setting(containerEl)
		.setName(t("library.settings.grouping"))
		.setDesc(t("library.settings.groupingDesc"))
		.addDropdown((dropdown) => {
			for (const mode of GROUPING_MODES) dropdown.addOption(mode, t(`library.mode.${mode}`));
			dropdown.setValue(groupingOf(library)).onChange(async (value) => {
				library.grouping = value as GroupingMode;
				await saveAndNotify(plugin);
			});
		});

	new Setting(containerEl).setName(t("library.settings.sort")).addDropdown((dropdown) => {
		for (const sort of SORT_ORDERS) dropdown.addOption(sort, t(`library.sort.${sort}`));
		dropdown.setValue(sortOf(library)).onChange(async (value) => {
			library.sort = value as SortOrder;
			await saveAndNotify(plugin);
		});
	});

	const folderList = (key: "excludedFolders" | "includedFolders", nameKey: MessageKey, descKey: MessageKey) =>
		new Setting(containerEl)
			.setName(t(nameKey))
			.setDesc(t(descKey))
			.addTextArea((text) =>
				text.setValue(library[key].join(", ")).onChange(async (value) => {
					library[key] = parseFolderList(value);
					await saveAndNotify(plugin);
				}),
			);
	folderList("excludedFolders", "library.settings.excluded", "library.settings.excludedDesc");
	folderList("includedFolders", "library.settings.included", "library.settings.includedDesc");

	new Setting(containerEl)
		.setName(t("library.settings.weekStart"))
		.setDesc(t("library.settings.weekStartDesc"))
		.addDropdown((dropdown) => {
			dropdown.addOption("-1", t("library.settings.weekStartLocale"));
			for (const day of [1, 2, 3, 4, 5, 6, 0]) dropdown.addOption(String(day), t(`library.weekdayLong.${day}` as "library.weekdayLong.0"));
			dropdown.setValue(String(library.weekStart)).onChange(async (value) => {
				library.weekStart = Number(value);
				await saveAndNotify(plugin);
			});
		});
}
