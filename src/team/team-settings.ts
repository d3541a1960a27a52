/** How the day's topics appear on the published blog. */
export type TopicsPublishStyle = "list" | "badges";

export interface TeamSettings {
	/** Team members' names, in the order the moderator role rotates. */
	members: string[];
	/** YYYY-MM-DD of the first moderated day; empty means the course start date. */
	rotationStartDate: string;
	/** "YYYY-MM-DD:Name" entries: who is away on which day. */
	absences: string[];
	/**
	 * true: an absent member loses the turn and the rotation moves on;
	 * false: the absent member keeps the place and moderates on the next day they are present.
	 */
	absenceSkipsTurn: boolean;
	topicsPublishStyle: TopicsPublishStyle;
	/** A shields.io colour: a name ("red", "brightgreen") or a hex value without "#". */
	badgeColor: string;
	/** Folder of the week reviews. */
	weekReviewFolder: string;
	/** File name of a week review, without ".md"; `{{week}}` and `{{course}}` are filled in. */
	weekReviewFileName: string;
	weekReviewTitlePattern: string;
	weekReviewTags: string[];
}

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
	members: [],
	rotationStartDate: "",
	absences: [],
	absenceSkipsTurn: true,
	topicsPublishStyle: "list",
	badgeColor: "red",
	weekReviewFolder: "weekly",
	weekReviewFileName: "Week {{week}}",
	weekReviewTitlePattern: "[{{course}}] Week {{week}} 회고",
	weekReviewTags: ["boostcamp", "회고"],
};
