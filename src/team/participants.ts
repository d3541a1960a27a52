import type { Language } from "../i18n/translator";
import { normalizeMembers, type AbsenceCalendar } from "./absences";

/** The members present on `date`, in the team's order. */
export function participantsOn(date: string, members: readonly string[], absences: AbsenceCalendar): string[] {
	return normalizeMembers(members).filter((name) => !absences.isAbsent(date, name));
}

/**
 * Names as a sentence part: Korean lists them with commas ("김철수, 이영희, 박민수"), English joins
 * the last one with "and" and no serial comma ("Kim, Lee and Park").
 */
export function formatNameList(names: readonly string[], language: Language): string {
	if (language === "ko" || names.length < 2) return names.join(", ");
	return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
