/**
 * The publishing manifest keeps one record per site; a GitHub site is its API host, repository and
 * branch, so publishing the same vault to two branches or to Enterprise never mixes their records.
 */
export function gitHubSiteKey(apiBaseUrl: string, repository: string, branch: string): string {
	let host = apiBaseUrl;
	try {
		host = new URL(apiBaseUrl).host;
	} catch {
		// An invalid address fails later with a clear message; the key just stays readable.
	}
	return `github:${host}/${repository.trim().toLowerCase()}#${branch.trim()}`;
}
