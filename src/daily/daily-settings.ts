/** How the day number of a bootcamp day is counted. */
export type DayCountingMode =
	| "calendar-days" // every date since the start counts
	| "weekdays" // Monday to Friday only
	| "weekdays-minus-holidays" // weekdays, skipping the listed holidays
	| "existing-notes"; // number of day notes already in the folder + 1

export type TemplateSource = "built-in-ko" | "built-in-en" | "vault-note";

export interface DailySettings {
	courseName: string;
	/** YYYY-MM-DD; empty until the user sets it (then numbering counts existing notes). */
	courseStartDate: string;
	dayCounting: DayCountingMode;
	/** YYYY-MM-DD dates that are not bootcamp days. */
	holidays: string[];
	/** Hour (0–23) at which a new day begins, for people who study past midnight. */
	dayStartHour: number;
	folder: string;
	/** File name with moment-style date tokens, without ".md". */
	fileNamePattern: string;
	titlePattern: string;
	defaultCategories: string[];
	defaultTags: string[];
	templateSource: TemplateSource;
	/** Vault path of a template note, used when templateSource is "vault-note". */
	templatePath: string;
	openAfterCreate: boolean;
	carryOverUncheckedTasks: boolean;
}

export const DEFAULT_DAILY_SETTINGS: DailySettings = {
	courseName: "boostcourse",
	courseStartDate: "",
	dayCounting: "weekdays",
	holidays: [],
	dayStartHour: 4,
	folder: "daily",
	fileNamePattern: "YYYY-MM-DD",
	titlePattern: "[{{course}}] Day{{day}} 학습기록",
	defaultCategories: ["{{course}}"],
	defaultTags: ["boostcamp", "학습기록"],
	templateSource: "built-in-ko",
	templatePath: "",
	openAfterCreate: true,
	carryOverUncheckedTasks: false,
};
