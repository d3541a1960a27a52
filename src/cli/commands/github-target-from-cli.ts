import { createFetchTransport } from "../../node/fetch-transport";
import { createGitHubTarget } from "../../publish/targets/github/create-github-target";
import type { GitHubGitApi } from "../../publish/targets/github/github-git-api";
import { DEFAULT_GITHUB_SETTINGS, type GitHubSettings } from "../../publish/targets/github-settings";
import type { HttpTransport } from "../../publish/targets/http-transport";
import type { ApplyProgress, PublishTarget } from "../../publish/targets/publish-target";
import type { Translator } from "../../i18n/translator";
import { UsageError } from "../cli-io";
import type { PagesGet } from "../../publish/pages/pages-api";
import { pagesGetFor } from "../../publish/pages/pages-get";
import { optionalString, type ParsedArgs } from "../parse-args";

/** The options `publish` accepts for GitHub, for its list of known options and its usage line. */
export const GITHUB_CLI_OPTIONS = ["github", "branch", "api-url"] as const;
export const GITHUB_CLI_USAGE = "--github <owner/repo> [--branch <b>] [--api-url <url>]";

export interface CliGitHubTarget {
	target: PublishTarget;
	/** The repository's API, for reading it (the import). */
	api: GitHubGitApi;
	/** Key of this site in the publishing manifest. */
	siteKey: string;
	/** The commit message template from the vault's settings ({{written}}, {{deleted}} filled in by the target). */
	message: string;
	repository: string;
	branch: string;
	/** Reads the repository's Pages and Actions, for `--wait`. */
	pagesGet: PagesGet;
}

/**
 * The GitHub target for `learning-log publish --github owner/repo`, or null without `--github`.
 * The token comes from GITHUB_TOKEN only (never a flag: flags land in shell history and process
 * lists). Branch: the flag, else the vault's settings. API address: the flag, else GitHub Actions'
 * GITHUB_API_URL, else https://api.github.com — never an address only data.json names.
 */
export function createGitHubTargetFromCli(
	args: ParsedArgs,
	env: Record<string, string | undefined>,
	settings: GitHubSettings = DEFAULT_GITHUB_SETTINGS,
	transport: HttpTransport = createFetchTransport(),
): CliGitHubTarget | null {
	const repository = optionalString(args, "github");
	if (repository === undefined) {
		if (args.options.github === true) throw new UsageError("--github needs owner/repo");
		for (const option of ["branch", "api-url"]) if (args.options[option] !== undefined) throw new UsageError(`--${option} needs --github`);
		return null;
	}
	const token = env.GITHUB_TOKEN?.trim();
	if (!token) throw new UsageError("GITHUB_TOKEN is not set: export a token with Contents read and write on the repository");
	const branch = optionalString(args, "branch") ?? settings.branch;
	const apiBaseUrl = optionalString(args, "api-url") ?? env.GITHUB_API_URL ?? apiAddressFromSettings(settings.apiBaseUrl);
	const bundle = createGitHubTarget({
		repository,
		branch,
		apiBaseUrl,
		token,
		authorName: settings.authorName,
		authorEmail: settings.authorEmail,
		transport,
		sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
	});
	return {
		target: bundle.target,
		api: bundle.api,
		siteKey: bundle.siteKey,
		message: settings.commitMessageTemplate,
		repository,
		branch: bundle.branch,
		pagesGet: pagesGetFor(bundle.client, bundle.api.repository),
	};
}

const PUBLIC_API = "https://api.github.com";

/**
 * data.json is synced and may be committed: an address it names is not enough to receive the
 * token. GitHub's own API is fine; any other must be confirmed with --api-url (or GITHUB_API_URL).
 */
function apiAddressFromSettings(saved: string): string {
	const address = saved.trim().replace(/\/+$/, "");
	if (address === "" || address.toLowerCase() === PUBLIC_API) return PUBLIC_API;
	throw new UsageError(`the vault's settings name the API address ${address}; the token goes there only when you confirm it: add --api-url ${address}`);
}

/** Progress lines on stderr, so stdout stays the machine-readable list of published files. */
export function cliGitHubProgress(stderr: { write(text: string): unknown }, t: Translator): ApplyProgress {
	return (done, total, phase) => {
		if (phase === "upload" && done > 0) stderr.write(`${t("github.progress.upload", { done, total })}\n`);
		else if (phase === "commit" && done === 0) stderr.write(`${t("github.progress.commit")}\n`);
	};
}
