import type LearningLogPlugin from "../main";
import { createGitHubTarget, type GitHubTargetBundle } from "../publish/targets/github/create-github-target";
import type { PublishTarget } from "../publish/targets/publish-target";
import { createRequestUrlTransport } from "./request-url-transport";
import type { PagesGet } from "../publish/pages/pages-api";
import { pagesGetFor } from "../publish/pages/pages-get";

/** True when the user has chosen a repository; the publish commands then go to GitHub. */
export function isGitHubConfigured(plugin: LearningLogPlugin): boolean {
	return plugin.settings.github.repository.trim() !== "";
}

/**
 * The GitHub target from the settings and the token in Obsidian's secret storage (read at the
 * moment of publishing, never copied into settings). Throws GitHubError("bad-config") when
 * something is missing.
 */
export function createPluginGitHubTarget(plugin: LearningLogPlugin): GitHubTargetBundle {
	const settings = plugin.settings.github;
	const token = settings.tokenSecretName ? plugin.app.secretStorage.getSecret(settings.tokenSecretName) : null;
	return createGitHubTarget({
		repository: settings.repository,
		branch: settings.branch,
		apiBaseUrl: settings.apiBaseUrl,
		token,
		authorName: settings.authorName,
		authorEmail: settings.authorEmail,
		transport: createRequestUrlTransport(),
		sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
	});
}

/**
 * The GitHub target in the shape the publish runner chooses targets in (`ChosenTarget`), plus the
 * commit message template for `runPublish({ message })`. Works on mobile: no file system involved.
 */
export function chooseGitHubTarget(plugin: LearningLogPlugin): { target: PublishTarget; siteKey(): Promise<string>; message: string; pagesGet: PagesGet } {
	const { target, siteKey, client, api } = createPluginGitHubTarget(plugin);
	return {
		target,
		siteKey: () => Promise.resolve(siteKey),
		message: plugin.settings.github.commitMessageTemplate.trim() || plugin.t("github.commitMessage.default"),
		pagesGet: pagesGetFor(client, api.repository),
	};
}
