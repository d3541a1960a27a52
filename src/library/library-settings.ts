export type GroupingMode = "category" | "tag" | "date" | "category-date" | "tag-date";
export type SortOrder = "date-desc" | "date-asc" | "title";

export interface LibrarySettings {
	grouping: GroupingMode;
	sort: SortOrder;
	/** Folders whose notes are left out of the view (templates and attachments by default). */
	excludedFolders: string[];
	/** When not empty, only notes in these folders are shown. */
	includedFolders: string[];
	/** Group ids the user collapsed, kept across restarts. */
	collapsedGroups: string[];
	/** 0 = Sunday … 6 = Saturday; -1 follows the locale. */
	weekStart: number;
}

export const DEFAULT_LIBRARY_SETTINGS: LibrarySettings = {
	grouping: "category",
	sort: "date-desc",
	excludedFolders: ["templates", "attachments"],
	includedFolders: [],
	collapsedGroups: [],
	weekStart: -1,
};
