import type { Translator } from "../../../i18n/translator";
import { errorContext, GitHubError } from "./github-errors";

/** A failure of a GitHub publish in the user's language; anything else keeps its own message. */
export function describeGitHubError(error: unknown, t: Translator): string {
	if (error instanceof GitHubError && error.details.missing === "repository") return t("github.notConfigured");
	if (error instanceof GitHubError && error.details.missing === "token") return t("github.tokenMissing");
	if (error instanceof GitHubError) return t(`github.error.${error.code}`, { detail: errorContext(error.details) || error.code });
	return error instanceof Error ? error.message : String(error);
}
