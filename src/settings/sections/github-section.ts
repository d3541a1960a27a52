import { Notice, SecretComponent, Setting } from "obsidian";
import type LearningLogPlugin from "../../main";
import { createPluginGitHubTarget } from "../../obsidian/github-plugin-target";
import { checkGitHubConnection, type ConnectionReport } from "../../publish/targets/github/connection-check";
import { describeGitHubError } from "../../publish/targets/github/describe-github-error";
import type { GitHubSettings } from "../../publish/targets/github-settings";
import type { MessageKey } from "../../i18n/translator";
import { checkRepository } from "../checks/repository-check";

type TextField = "repository" | "branch" | "apiBaseUrl" | "commitMessageTemplate" | "authorName" | "authorEmail";

const TEXT_FIELDS: Array<{ field: TextField; key: string; placeholder: string }> = [
	{ field: "repository", key: "repository", placeholder: "owner/name" },
	{ field: "branch", key: "branch", placeholder: "main" },
	{ field: "apiBaseUrl", key: "apiBaseUrl", placeholder: "https://api.github.com" },
];
const COMMIT_FIELDS: Array<{ field: TextField; key: string; placeholder: string }> = [
	{ field: "commitMessageTemplate", key: "commitMessage", placeholder: "" },
	{ field: "authorName", key: "authorName", placeholder: "" },
	{ field: "authorEmail", key: "authorEmail", placeholder: "" },
];

const REPORT_KEYS: Record<ConnectionReport["state"], MessageKey> = {
	"can-write": "github.test.canWrite",
	"read-only": "github.test.readOnly",
	"branch-missing": "github.test.branchMissing",
	"empty-repository": "github.test.emptyRepository",
};

export function renderGitHubSettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	void refresh;
	const t = plugin.t;
	const settings = plugin.settings.github;
	new Setting(containerEl).setName(t("github.settingsHeading")).setHeading();
	const addText = ({ field, key, placeholder }: { field: TextField; key: string; placeholder: string }) => {
		const setting = new Setting(containerEl).setName(t(`github.${key}.name` as MessageKey)).setDesc(t(`github.${key}.desc` as MessageKey));
		// The repository is checked as it is typed: a pasted address is read as owner/name.
		const checkEl = field === "repository" ? setting.descEl.createDiv({ cls: "learning-log-error" }) : null;
		setting.addText((text) =>
			text
				.setPlaceholder(field === "commitMessageTemplate" ? t("github.commitMessage.default") : placeholder)
				.setValue(settings[field])
				.onChange((value) => {
					if (checkEl) {
						const check = checkRepository(value);
						checkEl.setText(!check.ok ? t("check.repository.invalid") : check.converted ? t("check.repository.converted", { value: check.value }) : "");
						if (!check.ok) return;
						settings.repository = check.value;
					} else {
						settings[field] = field === "commitMessageTemplate" ? value : value.trim();
					}
					void plugin.saveSettings();
				}),
		);
	};
	for (const field of TEXT_FIELDS) addText(field);
	// The settings keep the secret's name; the token itself stays in Obsidian's secret storage.
	new Setting(containerEl)
		.setName(t("github.token.name"))
		.setDesc(t("github.token.desc"))
		.addComponent((el) =>
			new SecretComponent(plugin.app, el).setValue(settings.tokenSecretName).onChange((name) => {
				settings.tokenSecretName = name;
				void plugin.saveSettings();
			}),
		);
	for (const field of COMMIT_FIELDS) addText(field);
	renderTestConnection(containerEl, plugin, settings);
}

function renderTestConnection(containerEl: HTMLElement, plugin: LearningLogPlugin, settings: GitHubSettings): void {
	const t = plugin.t;
	const setting = new Setting(containerEl).setName(t("github.test.name")).setDesc(t("github.test.desc"));
	const resultEl = setting.descEl.createDiv({ cls: "learning-log-github-test-result" });
	setting.addButton((button) =>
		button.setButtonText(t("github.test.button")).onClick(async () => {
			button.setDisabled(true);
			resultEl.setText(t("github.test.running", { repository: settings.repository }));
			let message: string;
			try {
				const { api, branch } = createPluginGitHubTarget(plugin);
				const report = await checkGitHubConnection(api, branch);
				message = t(REPORT_KEYS[report.state], { repository: report.repository, branch: report.branch });
			} catch (error) {
				message = describeGitHubError(error, t);
			} finally {
				button.setDisabled(false);
			}
			resultEl.setText(message);
			new Notice(message);
		}),
	);
}
