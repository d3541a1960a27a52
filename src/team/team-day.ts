import type { StoredFile } from "../core/note-store";
import { isMarkdownPath } from "../core/note-store";
import type { Language } from "../i18n/translator";
import type { LearningLogSettings } from "../settings/settings";
import { parseAbsences } from "./absences";
import { bootcampDayRule } from "./bootcamp-day";
import { selectDayTopics } from "./day-topics";
import { isIsoDate } from "../daily/local-date";
import { formatNameList, participantsOn } from "./participants";
import { moderatorFor, type ModeratorResult } from "./rotation";
import { linkTexter, renderTopicsBlock } from "./topics-block";

/** What the team features know about one bootcamp day. */
export interface TeamDay {
	moderator: ModeratorResult;
	participants: string[];
	/** Vault paths of the notes created or changed during the day. */
	topicPaths: string[];
	/** Link texts of those notes, as they go into the topics block. */
	topicLinks: string[];
	invalidAbsences: string[];
}

export interface TeamDayInput {
	date: string;
	settings: Pick<LearningLogSettings, "daily" | "team" | "library">;
	/** Every file of the vault, with creation and change times. */
	files: readonly StoredFile[];
	/** Paths and dates of the existing day notes (they are never topics). */
	dayNotes: ReadonlyArray<{ path: string; date: string }>;
}

/** The folders whose notes are never a day's topics. */
export function topicExcludedFolders(settings: TeamDayInput["settings"]): string[] {
	return [settings.daily.folder, settings.team.weekReviewFolder, ...settings.library.excludedFolders].filter(
		(folder) => folder.trim() !== "",
	);
}

export function describeTeamDay(input: TeamDayInput): TeamDay {
	const { daily, team } = input.settings;
	const { calendar, invalidEntries } = parseAbsences(team.absences);
	const dayNoteDates = new Set([...input.dayNotes.map((note) => note.date), input.date]);
	const isBootcampDay = bootcampDayRule(daily, dayNoteDates);
	const startDate = team.rotationStartDate.trim() || daily.courseStartDate.trim();
	const moderator: ModeratorResult = isIsoDate(startDate)
		? moderatorFor(input.date, {
				members: team.members,
				startDate,
				absences: calendar,
				absenceSkipsTurn: team.absenceSkipsTurn,
				isBootcampDay,
			})
		: { moderator: null, reason: "no-start-date" };
	const topicPaths = selectDayTopics(input.files, {
		date: input.date,
		dayStartHour: daily.dayStartHour,
		excludedFolders: topicExcludedFolders(input.settings),
		excludedPaths: new Set(input.dayNotes.map((note) => note.path)),
	});
	const markdownPaths = input.files.filter((file) => isMarkdownPath(file.path)).map((file) => file.path);
	return {
		moderator,
		participants: participantsOn(input.date, team.members, calendar),
		topicPaths,
		topicLinks: topicPaths.map(linkTexter(markdownPaths)),
		invalidAbsences: invalidEntries,
	};
}

/** The values of `{{moderator}}`, `{{participants}}` and `{{learned}}` for a day note. */
export function teamPlaceholderValues(day: TeamDay, language: Language): Record<"moderator" | "participants" | "learned", string> {
	return {
		moderator: day.moderator.moderator ?? "",
		participants: formatNameList(day.participants, language),
		learned: renderTopicsBlock(day.topicLinks),
	};
}
