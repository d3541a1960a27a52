import type { NoteStore } from "../core/note-store";
import type { DailySettings } from "../daily/daily-settings";
import { scanDayNotes } from "../daily/day-notes";
import { effectiveNumbering } from "../daily/effective-numbering";
import { dayNumberOf, replaceDayNumber, type InferredNumbering, type NumberingEvidence } from "../daily/infer-day-numbering";
import { readVaultDailyConfig, type ConfigFileReader, type VaultDailyConfig } from "../daily/vault-daily-config";
import type { LibrarySettings } from "../library/library-settings";

/** One value taken from the vault, for the summary the user sees. */
export type AdoptedValue =
	| { key: "folder" | "fileNamePattern" | "templatePath" | "excludedFolder" | "titlePattern" | "courseName"; value: string }
	| { key: "numbering"; inference: InferredNumbering };

export interface VaultAdoption {
	daily: DailySettings;
	library: LibrarySettings;
	/** Where the day-note settings came from: core Daily notes, Periodic Notes, or nothing. */
	source: VaultDailyConfig["source"];
	/** What was found and set, in the order the settings tab lists it. */
	adopted: AdoptedValue[];
}

/** `[boostcourse] Day12 학습기록` → course `boostcourse`, title `[{{course}}] Day{{day}} 학습기록`. */
export function titlePatternFrom(title: string, courseName: string): { titlePattern: string; courseName: string } | null {
	const numbered = replaceDayNumber(title, "{{day}}");
	if (numbered === null) return null;
	const bracketed = /^\s*\[([^\]]+)\]/.exec(numbered);
	const course = bracketed && !bracketed[1].includes("{{") ? bracketed[1].trim() : courseName.trim();
	const titlePattern = course !== "" && numbered.includes(course) ? numbered.replace(course, "{{course}}") : numbered;
	return { titlePattern, courseName: course || courseName };
}

/** The newest numbered note's title (the latest naming habit), when a note has one. */
function latestNumberedTitle(notes: readonly NumberingEvidence[]): string | null {
	const titled = notes.filter((note) => note.title && dayNumberOf({ ...note, path: "" }) !== null);
	return titled.length > 0 ? (titled[titled.length - 1].title ?? null) : null;
}

function includesFolder(folders: readonly string[], folder: string): boolean {
	const lower = folder.toLowerCase();
	return folders.some((candidate) => candidate.toLowerCase() === lower);
}

export interface AdoptionOptions {
	/**
	 * Work out the numbering the notes follow, for the summary the user is shown (true unless said).
	 * The command line shows no summary: it works the numbering out where a day number is needed.
	 */
	inferNumbering?: boolean;
}

/** Pure: the settings after taking what the vault's configuration and notes say. */
export function adoptVaultSettings(
	current: { daily: DailySettings; library: LibrarySettings },
	config: VaultDailyConfig,
	dayNotes: readonly NumberingEvidence[],
	options: AdoptionOptions = {},
): VaultAdoption {
	const daily: DailySettings = structuredClone(current.daily);
	const library: LibrarySettings = structuredClone(current.library);
	const adopted: AdoptedValue[] = [];
	if (config.folder !== null && config.folder !== daily.folder) {
		daily.folder = config.folder;
		adopted.push({ key: "folder", value: config.folder || "/" });
	}
	if (config.format !== null && config.format !== daily.fileNamePattern) {
		daily.fileNamePattern = config.format;
		adopted.push({ key: "fileNamePattern", value: config.format });
	}
	if (config.template !== null && (daily.templateSource !== "vault-note" || daily.templatePath !== config.template)) {
		daily.templateSource = "vault-note";
		daily.templatePath = config.template;
		adopted.push({ key: "templatePath", value: config.template });
	}
	if (config.templatesFolder && !includesFolder(library.excludedFolders, config.templatesFolder)) {
		library.excludedFolders = [...library.excludedFolders, config.templatesFolder];
		adopted.push({ key: "excludedFolder", value: config.templatesFolder });
	}
	const title = latestNumberedTitle(dayNotes);
	const fromTitle = title === null ? null : titlePatternFrom(title, daily.courseName);
	if (fromTitle && fromTitle.courseName !== daily.courseName) {
		daily.courseName = fromTitle.courseName;
		adopted.push({ key: "courseName", value: fromTitle.courseName });
	}
	if (fromTitle && fromTitle.titlePattern !== daily.titlePattern) {
		daily.titlePattern = fromTitle.titlePattern;
		adopted.push({ key: "titlePattern", value: fromTitle.titlePattern });
	}
	const { inference } = options.inferNumbering === false ? { inference: null } : effectiveNumbering(daily, dayNotes);
	if (inference && inference.kind !== "none") adopted.push({ key: "numbering", inference });
	return { daily, library, source: config.source, adopted };
}

/**
 * Reads the vault's configuration and day notes and adopts them. The plugin calls it on first run
 * and from "Detect from this vault"; the CLI when a vault has no saved Learning Log settings.
 */
export async function detectVaultSettings(
	current: { daily: DailySettings; library: LibrarySettings },
	readConfig: ConfigFileReader,
	store: NoteStore,
	options: AdoptionOptions = {},
): Promise<VaultAdoption> {
	const config = await readVaultDailyConfig(readConfig);
	const dayNotes = await scanDayNotes(store, {
		folder: config.folder ?? current.daily.folder,
		fileNamePattern: config.format ?? current.daily.fileNamePattern,
		templatePath: config.template ?? current.daily.templatePath,
	});
	return adoptVaultSettings(current, config, dayNotes, options);
}

/**
 * The library settings alone (the templates folder the vault's options name stays out of the
 * view): for a command that only reads the library, no day note is listed or read.
 */
export async function detectLibrarySettings(current: { daily: DailySettings; library: LibrarySettings }, readConfig: ConfigFileReader): Promise<LibrarySettings> {
	return adoptVaultSettings(current, await readVaultDailyConfig(readConfig), []).library;
}
