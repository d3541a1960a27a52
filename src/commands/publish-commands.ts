import type LearningLogPlugin from "../main";
import { publishFromPlugin, type RunOptions } from "../obsidian/publish-runner";

/** "Publish current note", "Publish all notes" and "Preview publish"; one publish at a time. */
export function registerPublishCommands(plugin: LearningLogPlugin): void {
	let running = false;
	const run = (options: RunOptions): void => {
		if (running) return;
		running = true;
		void publishFromPlugin(plugin, options, run).finally(() => {
			running = false;
		});
	};

	plugin.addCommand({
		id: "publish-current-note",
		name: plugin.t("publish.command.current"),
		checkCallback: (checking) => {
			const file = plugin.app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) run({ scope: { kind: "note", source: file.path }, dryRun: false });
			return true;
		},
	});
	plugin.addCommand({
		id: "publish-all-notes",
		name: plugin.t("publish.command.all"),
		callback: () => run({ scope: { kind: "all" }, dryRun: false }),
	});
	plugin.addCommand({
		id: "preview-publish",
		name: plugin.t("publish.command.preview"),
		callback: () => run({ scope: { kind: "all" }, dryRun: true }),
	});
}
