import type { RememberedFile } from "../plan/manifest";
import { gitBlobHash } from "../targets/git-blob-hash";
import type { PublishTarget, SiteSurvey } from "../targets/publish-target";

export const SITE_CONFIG_PATH = "_config.yml";

/**
 * The site's `_config.yml` as it is now, and what to remember of it. On GitHub the survey's tree
 * already names the file's blob id: when it is the one remembered from last time, the text
 * remembered with it is the file, and no request is made. Otherwise (a folder, where reading is as
 * cheap as hashing, or a changed config) it is read; what is remembered is hashed from the text
 * read, so a push between the survey and the read can never pair a text with another file's id.
 */
export async function currentSiteConfig(
	target: PublishTarget,
	survey: SiteSurvey,
	remembered: RememberedFile | undefined,
): Promise<{ text: string | null; remember: RememberedFile | undefined }> {
	if (target.kind === "github") {
		const blob = await survey.blobOf(SITE_CONFIG_PATH);
		if (blob === null) return { text: null, remember: undefined };
		if (remembered?.blob === blob) return { text: remembered.text, remember: remembered };
	}
	const text = await target.readText(SITE_CONFIG_PATH);
	if (text === null || target.kind !== "github") return { text, remember: undefined };
	return { text, remember: { blob: await gitBlobHash(text), text } };
}
