import type { DayCountingMode } from "./daily-settings";
import { addDays, daysBetween, isIsoDate, isWeekend, type IsoDate } from "./local-date";

export type DayNumberNote =
	| { code: "noCourseStart" } // no valid start date: days are counted from the existing notes
	| { code: "beforeCourseStart"; start: IsoDate } // the date lies before the course: Day0
	| { code: "notACourseDay"; date: IsoDate }; // weekend or holiday: numbered like the day before

export interface DayNumberInput {
	date: IsoDate;
	mode: DayCountingMode;
	/** `YYYY-MM-DD` or "" (then every mode counts the existing notes). */
	courseStartDate: string;
	holidays: readonly IsoDate[];
	/** Dates of the day notes that already exist (the date being numbered may be among them). */
	existingNoteDates: readonly IsoDate[];
}

export interface DayNumber {
	day: number;
	/** Why the number may surprise the user; the caller shows them. */
	notes: DayNumberNote[];
}

function countNotesBefore(date: IsoDate, existing: readonly IsoDate[]): number {
	return new Set(existing.filter((other) => other < date)).size;
}

/**
 * Counts the course days from the start up to and including `date`. A loop keeps every mode
 * obviously right; even a course of several years is a few thousand steps.
 */
function countCourseDays(start: IsoDate, date: IsoDate, isCourseDay: (date: IsoDate) => boolean): number {
	let count = 0;
	for (let day = start; day <= date; day = addDays(day, 1)) {
		if (isCourseDay(day)) count++;
	}
	return count;
}

/**
 * Which dates count as course days in a counting mode that follows the calendar: every date, or
 * weekdays (minus the holidays). The team rotation uses the same rule, so turns follow the days.
 */
export function courseDayRule(mode: Exclude<DayCountingMode, "existing-notes">, holidays: readonly IsoDate[]): (date: IsoDate) => boolean {
	if (mode === "calendar-days") return () => true;
	const skipped = new Set(mode === "weekdays-minus-holidays" ? holidays : []);
	return (day) => !isWeekend(day) && !skipped.has(day);
}

/** The "DayN" of a bootcamp date, for the four counting modes of the settings. */
export function numberBootcampDay(input: DayNumberInput): DayNumber {
	const { date, mode } = input;
	const countExisting = (): number => countNotesBefore(date, input.existingNoteDates) + 1;
	if (mode === "existing-notes") return { day: countExisting(), notes: [] };

	const start = input.courseStartDate.trim();
	if (!isIsoDate(start)) return { day: countExisting(), notes: [{ code: "noCourseStart" }] };
	if (date < start) return { day: 0, notes: [{ code: "beforeCourseStart", start }] };

	if (mode === "calendar-days") return { day: daysBetween(start, date) + 1, notes: [] };

	const isCourseDay = courseDayRule(mode, input.holidays);
	const notes: DayNumberNote[] = isCourseDay(date) ? [] : [{ code: "notACourseDay", date }];
	return { day: countCourseDays(start, date, isCourseDay), notes };
}
