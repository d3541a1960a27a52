import type { Translator } from "../../i18n/translator";
import { followPagesBuild, type FollowClock } from "../../publish/pages/follow-pages-build";
import type { PagesGet } from "../../publish/pages/pages-api";
import { repositoryWebUrl } from "../../publish/pages/site-address";
import type { CliIo } from "../cli-io";

/** The commit was made but GitHub Pages failed to build the site. */
export const EXIT_SITE_FAILED = 3;

/** Node's clock and timers: the real waits of `--wait`. */
export const NODE_CLOCK: FollowClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * `publish --github … --wait`: follows the Pages build of the commit and ends stdout with one line,
 * `pages<TAB>built<TAB><site URL>`, `pages<TAB>errored<TAB><GitHub's message>` (exit 3) or
 * `pages<TAB>unknown<TAB><why>` (Pages off, no permission, no commit, no answer in time: exit 0,
 * the publish itself stands). Progress and the build's page go to stderr.
 */
export async function waitForPages(
	io: Pick<CliIo, "stdout" | "stderr">,
	t: Translator,
	build: { pagesGet: PagesGet; commitSha?: string; commitUrl?: string },
	clock: FollowClock,
): Promise<number | null> {
	if (!build.commitSha) {
		io.stdout.write(`pages\tunknown\t${t("pages.why.no-commit")}\n`);
		return null;
	}
	const outcome = await followPagesBuild({
		get: build.pagesGet,
		commitSha: build.commitSha,
		clock,
		repositoryWebUrl: repositoryWebUrl(build.commitUrl),
		onBuilding: (_site, url) => io.stderr.write(`${t("status.building")}${url ? ` ${url}` : ""}\n`),
	});
	if (outcome.kind === "built") {
		io.stdout.write(`pages\tbuilt\t${outcome.siteUrl}\n`);
		return null;
	}
	if (outcome.kind === "errored") {
		if (outcome.buildUrl) io.stderr.write(`${t("pages.failed", { message: outcome.message })} ${outcome.buildUrl}\n`);
		io.stdout.write(`pages\terrored\t${outcome.message.replace(/\s+/g, " ")}\n`);
		return EXIT_SITE_FAILED;
	}
	io.stdout.write(`pages\tunknown\t${t(`pages.why.${outcome.reason}`)}\n`);
	return null;
}
