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

const GROUPINGS: readonly GroupingMode[] = ["category", "tag", "date", "category-date", "tag-date"];
const SORTS: readonly SortOrder[] = ["date-desc", "date-asc", "title"];

/** data.json is only type-checked as a string: an unknown mode or sort falls back to the default. */
export function groupingOf(settings: LibrarySettings): GroupingMode {
	return GROUPINGS.includes(settings.grouping) ? settings.grouping : DEFAULT_LIBRARY_SETTINGS.grouping;
}

export function sortOf(settings: LibrarySettings): SortOrder {
	return SORTS.includes(settings.sort) ? settings.sort : DEFAULT_LIBRARY_SETTINGS.sort;
}

/** Collapse state is kept per grouping mode: `date|y2021` and `category|c:DL` never collide. */
export function collapseKey(mode: GroupingMode, groupId: string): string {
	return `${mode}|${groupId}`;
}
