import { DEFAULT_DAILY_SETTINGS, type DailySettings } from "../daily/daily-settings";
import { DEFAULT_LIBRARY_SETTINGS, type LibrarySettings } from "../library/library-settings";
import { DEFAULT_PUBLISH_SETTINGS, type PublishSettings } from "../publish/publish-settings";
import { DEFAULT_GITHUB_SETTINGS, type GitHubSettings } from "../publish/targets/github-settings";
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from "../team/team-settings";

/** Bump when a saved shape changes meaning; add a step to MIGRATIONS in migrate-settings.ts. */
export const SETTINGS_VERSION = 2;

export interface LearningLogSettings {
	version: number;
	daily: DailySettings;
	library: LibrarySettings;
	publish: PublishSettings;
	github: GitHubSettings;
	team: TeamSettings;
}

/** A fresh copy every call, so nobody can mutate the defaults by accident. */
export function defaultSettings(): LearningLogSettings {
	return structuredClone({
		version: SETTINGS_VERSION,
		daily: DEFAULT_DAILY_SETTINGS,
		library: DEFAULT_LIBRARY_SETTINGS,
		publish: DEFAULT_PUBLISH_SETTINGS,
		github: DEFAULT_GITHUB_SETTINGS,
		team: DEFAULT_TEAM_SETTINGS,
	});
}
