// Awaits a promise that must fail with a GitHubError and hands the error back for its fields to be checked.
import { GitHubError } from "../../../../src/publish/targets/github/github-errors";

export async function caught(promise: Promise<unknown>): Promise<GitHubError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof GitHubError) return error;
		throw error;
	}
	throw new Error("expected a GitHubError");
}
