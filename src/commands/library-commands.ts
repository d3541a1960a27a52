import type LearningLogPlugin from "../main";

export function registerLibraryView(plugin: LearningLogPlugin): void {
	void plugin;
}
