import { Modal, Platform, SecretComponent, Setting } from "obsidian";
import type LearningLogPlugin from "../main";
import { isAbsolutePath } from "../obsidian/choose-target";
import { parseRepositoryName } from "../publish/targets/github/github-git-api";

/** Examples of the values asked for, not words to translate. */
const PLACEHOLDERS = { repository: "owner/name", branch: "main", folder: "/home/me/me.github.io" };

/**
 * The short setup the publish button opens when nothing is set up: a GitHub repository and its
 * token first (it works on every device), a site folder below it on the desktop. Saving fills the
 * same settings as the settings tab and then goes on with the publish.
 */
export class PublishSetupModal extends Modal {
	private repository: string;
	private branch: string;
	private tokenSecretName: string;
	private siteFolder: string;
	private errorEl!: HTMLElement;

	constructor(
		private readonly plugin: LearningLogPlugin,
		private readonly onSaved: () => void,
	) {
		super(plugin.app);
		const { github, publish } = plugin.settings;
		this.repository = github.repository;
		this.branch = github.branch;
		this.tokenSecretName = github.tokenSecretName;
		this.siteFolder = publish.siteFolder;
	}

	override onOpen(): void {
		const { plugin, contentEl } = this;
		const { t } = plugin;
		this.setTitle(t("setup.title"));
		contentEl.empty();
		contentEl.addClass("learning-log-publish-setup");
		contentEl.createEl("p", { text: t("setup.intro") });
		new Setting(contentEl)
			.setName(t("setup.repository"))
			.setDesc(t("setup.repositoryDesc"))
			.addText((text) => text.setPlaceholder(PLACEHOLDERS.repository).setValue(this.repository).onChange((value) => (this.repository = value.trim())));
		new Setting(contentEl).setName(t("setup.branch")).addText((text) => text.setPlaceholder(PLACEHOLDERS.branch).setValue(this.branch).onChange((value) => (this.branch = value.trim())));
		new Setting(contentEl)
			.setName(t("setup.token"))
			.setDesc(t("setup.tokenDesc"))
			.addComponent((el) => new SecretComponent(plugin.app, el).setValue(this.tokenSecretName).onChange((name) => (this.tokenSecretName = name)));
		if (Platform.isDesktopApp) {
			new Setting(contentEl).setName(t("setup.folderHeading")).setHeading();
			new Setting(contentEl)
				.setName(t("setup.folder"))
				.setDesc(t("setup.folderDesc"))
				.addText((text) => text.setPlaceholder(PLACEHOLDERS.folder).setValue(this.siteFolder).onChange((value) => (this.siteFolder = value.trim())));
		}
		this.errorEl = contentEl.createEl("p", { cls: "learning-log-setup-error" });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("setup.cancel")).onClick(() => this.close()))
			.addButton((button) => button.setButtonText(t("setup.save")).setCta().onClick(() => void this.save()));
	}

	/** Checks what was entered; nothing is saved until it is usable. */
	private problem(): string | null {
		const { t, app } = this.plugin;
		if (this.repository !== "") {
			try {
				parseRepositoryName(this.repository);
			} catch {
				return t("setup.error.repository");
			}
			if (!this.tokenSecretName || !app.secretStorage.getSecret(this.tokenSecretName)) return t("setup.error.token");
			return null;
		}
		if (Platform.isDesktopApp && this.siteFolder !== "") return isAbsolutePath(this.siteFolder) ? null : t("setup.error.folder");
		return t("setup.error.nothing");
	}

	private async save(): Promise<void> {
		const problem = this.problem();
		if (problem) {
			this.errorEl.setText(problem);
			return;
		}
		const { github, publish } = this.plugin.settings;
		github.repository = this.repository;
		if (this.branch !== "") github.branch = this.branch;
		github.tokenSecretName = this.tokenSecretName;
		// An operating-system path outside the vault (as in the settings tab): normalizePath would break \\server paths.
		if (this.repository === "") publish.siteFolder = this.siteFolder;
		await this.plugin.saveSettings();
		this.close();
		this.onSaved();
	}
}

/** Whether a publish can go anywhere: a GitHub repository with its token, or a site folder on the desktop. */
export function publishingIsSetUp(plugin: LearningLogPlugin): boolean {
	const { github, publish } = plugin.settings;
	if (github.repository.trim() !== "") return Boolean(github.tokenSecretName && plugin.app.secretStorage.getSecret(github.tokenSecretName));
	return Platform.isDesktopApp && publish.siteFolder.trim() !== "";
}
