import type LearningLogPlugin from "../main";

export function registerPublishCommands(plugin: LearningLogPlugin): void {
	void plugin;
}
