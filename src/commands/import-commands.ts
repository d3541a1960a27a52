import type LearningLogPlugin from "../main";
import { importFromPlugin } from "../obsidian/import-runner";

/** "Import posts from the blog"; one import at a time. */
export function registerImportCommands(plugin: LearningLogPlugin): void {
	let running = false;
	plugin.addCommand({
		id: "import-posts-from-blog",
		name: plugin.t("import.command"),
		callback: () => {
			if (running) return;
			running = true;
			void importFromPlugin(plugin).finally(() => {
				running = false;
			});
		},
	});
}
