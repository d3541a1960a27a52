import { DEFAULT_DAILY_SETTINGS, type DailySettings } from "../daily/daily-settings";
import type { Language } from "../i18n/translator";
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

/**
 * Defaults that are prose, for an English UI; the base defaults are the Korean ones (the course's
 * own words). Only what nobody saved takes them: a saved value always stays as it is.
 */
const ENGLISH_PROSE: { daily: Partial<DailySettings>; team: Partial<TeamSettings> } = {
	daily: { titlePattern: "[{{course}}] Day{{day}} learning log", templateSource: "built-in-en", defaultTags: ["boostcamp", "learning-log"] },
	team: { weekReviewTitlePattern: "[{{course}}] Week {{week}} retrospective", weekReviewTags: ["boostcamp", "retrospective"] },
};

/**
 * A fresh copy every call, so nobody can mutate the defaults by accident. `language` is Obsidian's
 * (the CLI's LANG); without it, the Korean defaults.
 */
export function defaultSettings(language: Language = "ko"): LearningLogSettings {
	const prose = language === "en" ? ENGLISH_PROSE : { daily: {}, team: {} };
	return structuredClone({
		version: SETTINGS_VERSION,
		daily: { ...DEFAULT_DAILY_SETTINGS, ...prose.daily },
		library: DEFAULT_LIBRARY_SETTINGS,
		publish: DEFAULT_PUBLISH_SETTINGS,
		github: DEFAULT_GITHUB_SETTINGS,
		team: { ...DEFAULT_TEAM_SETTINGS, ...prose.team },
	});
}
