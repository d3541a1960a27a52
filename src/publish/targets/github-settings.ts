export interface GitHubSettings {
	/** "owner/name"; empty when publishing to GitHub is not set up. */
	repository: string;
	branch: string;
	apiBaseUrl: string;
	/** Name of the secret in Obsidian's secret storage, never the token itself. */
	tokenSecretName: string;
	commitMessageTemplate: string;
	authorName: string;
	authorEmail: string;
}

export const DEFAULT_GITHUB_SETTINGS: GitHubSettings = {
	repository: "",
	branch: "main",
	apiBaseUrl: "https://api.github.com",
	tokenSecretName: "learning-log-github-token",
	commitMessageTemplate: "Publish {{written}} files, delete {{deleted}} (Learning Log)",
	authorName: "",
	authorEmail: "",
};
