export interface GitHubSettings {
	/** "owner/name"; empty when publishing to GitHub is not set up. */
	repository: string;
	branch: string;
	apiBaseUrl: string;
	/** Name of the secret in Obsidian's secret storage, never the token itself. */
	tokenSecretName: string;
	/** Empty: the default message in the app's language (github.commitMessage.default). */
	commitMessageTemplate: string;
	authorName: string;
	authorEmail: string;
}

export const DEFAULT_GITHUB_SETTINGS: GitHubSettings = {
	repository: "",
	branch: "main",
	apiBaseUrl: "https://api.github.com",
	tokenSecretName: "learning-log-github-token",
	commitMessageTemplate: "",
	authorName: "",
	authorEmail: "",
};
