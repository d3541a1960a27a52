import type LearningLogPlugin from "../main";

export function registerDailyCommands(plugin: LearningLogPlugin): void {
	void plugin;
}
