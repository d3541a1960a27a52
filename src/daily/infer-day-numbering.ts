import type { DayCountingMode } from "./daily-settings";
import { addDays, isWeekend, type IsoDate } from "./local-date";

/** An existing day note as the inference sees it: its date, title and file name. */
export interface NumberingEvidence {
	path: string;
	date: IsoDate;
	/** Front-matter title, when the note has one. */
	title?: string | null;
}

export type InferredNumbering =
	| { kind: "inferred"; courseStartDate: IsoDate; dayCounting: Exclude<DayCountingMode, "existing-notes">; holidays: IsoDate[]; numberedNotes: number }
	/** No note carries a day number: nothing to infer from. */
	| { kind: "none" }
	/** The numbers cannot all be right under one rule: the notes that disagree, and no guess. */
	| { kind: "conflict"; paths: string[] };

// `Day12`, `day 12`, `DAY-012`, `12일차`: the forms learning logs number their days with.
const DAY_NUMBER = [/(?:^|[^A-Za-z])day[ _-]?0*(\d{1,4})(?!\d)/i, /(?:^|\D)0*(\d{1,4})\s*일차/];

/** The course-day number a text carries, or null. */
export function dayNumberIn(text: string): number | null {
	for (const pattern of DAY_NUMBER) {
		const match = pattern.exec(text);
		if (match) return Number(match[1]);
	}
	return null;
}

/** The text with its day number replaced (`Day12` → `Day{{day}}`), or null when it carries none. */
export function replaceDayNumber(text: string, replacement: string): string | null {
	for (const pattern of DAY_NUMBER) {
		const match = pattern.exec(text);
		if (!match) continue;
		const digitsAt = match.index + match[0].lastIndexOf(match[1]);
		const zeros = /0*$/.exec(text.slice(match.index, digitsAt))?.[0].length ?? 0;
		return text.slice(0, digitsAt - zeros) + replacement + text.slice(digitsAt + match[1].length);
	}
	return null;
}

function baseNameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** The title speaks first: a note renamed by hand keeps the number it was published with. */
export function dayNumberOf(note: NumberingEvidence): number | null {
	const fromTitle = note.title ? dayNumberIn(note.title) : null;
	return fromTitle ?? dayNumberIn(baseNameOf(note.path));
}

interface Numbered {
	path: string;
	date: IsoDate;
	day: number;
}

/** The start date that makes `date` the `day`-th course day, counting only dates where `counts`. */
function startFor(date: IsoDate, day: number, counts: (date: IsoDate) => boolean): IsoDate | null {
	if (!counts(date) || day < 1) return null;
	// Both countings repeat every week, so whole weeks are skipped at once: a vault of thousands of
	// numbered notes would otherwise walk back day by day from each of them.
	let perWeek = 0;
	for (let offset = 1; offset <= 7; offset++) if (counts(addDays(date, -offset))) perWeek++;
	let remaining = day - 1;
	if (remaining > 0 && perWeek === 0) return null;
	let start = date;
	if (remaining > 0) {
		const weeks = Math.floor((remaining - 1) / perWeek);
		start = addDays(start, -7 * weeks);
		remaining -= weeks * perWeek;
	}
	while (remaining > 0) {
		start = addDays(start, -1);
		if (counts(start)) remaining--;
	}
	return start;
}

/** One start date explains every numbered note under this rule, or null. */
function commonStart(notes: readonly Numbered[], counts: (date: IsoDate) => boolean): IsoDate | null {
	const starts = new Set(notes.map((note) => startFor(note.date, note.day, counts)));
	const [start] = starts;
	return starts.size === 1 && start ? start : null;
}

function weekdaysBetween(after: IsoDate, upTo: IsoDate): IsoDate[] {
	const dates: IsoDate[] = [];
	for (let date = addDays(after, 1); date <= upTo; date = addDays(date, 1)) if (!isWeekend(date)) dates.push(date);
	return dates;
}

/**
 * Weekdays with gaps: between two numbered notes, every weekday the numbers skip is a holiday.
 * The holidays must be exactly the weekdays of the gap without any note; otherwise which days
 * were off is a guess, and this rule does not explain the notes.
 */
function weekdaysWithHolidays(notes: readonly Numbered[], noteDates: ReadonlySet<IsoDate>): { start: IsoDate; holidays: IsoDate[] } | null {
	const start = startFor(notes[0].date, notes[0].day, (date) => !isWeekend(date));
	if (!start) return null;
	const holidays: IsoDate[] = [];
	for (let index = 1; index < notes.length; index++) {
		const before = notes[index - 1];
		const note = notes[index];
		if (isWeekend(note.date)) return null;
		const weekdays = weekdaysBetween(before.date, note.date);
		const skipped = weekdays.length - (note.day - before.day);
		if (skipped < 0) return null;
		const withoutNote = weekdays.filter((date) => !noteDates.has(date));
		if (skipped > 0 && withoutNote.length !== skipped) return null;
		if (skipped > 0) holidays.push(...withoutNote);
	}
	return { start, holidays };
}

/**
 * Works out the course start and counting mode that explain the day numbers the existing notes
 * carry (`[boostcourse] Day12 학습기록` on 2021-08-17 → Day1 on 2021-08-02, weekdays). Notes
 * without a number (a weekend review) are left out. The preferred mode is tried first, then
 * weekdays, calendar days and weekdays with holidays.
 */
export function inferDayNumbering(
	evidence: readonly NumberingEvidence[],
	preferred: DayCountingMode = "weekdays",
): InferredNumbering {
	const numbered: Numbered[] = evidence
		.flatMap((note) => {
			const day = dayNumberOf(note);
			return day === null ? [] : [{ path: note.path, date: note.date, day }];
		})
		.sort((a, b) => (a.date === b.date ? a.day - b.day : a.date < b.date ? -1 : 1));
	if (numbered.length === 0) return { kind: "none" };

	const disagreeing = conflictingNotes(numbered);
	if (disagreeing.length > 0) return { kind: "conflict", paths: disagreeing };

	const result = (dayCounting: Exclude<DayCountingMode, "existing-notes">, courseStartDate: IsoDate, holidays: IsoDate[] = []): InferredNumbering => ({
		kind: "inferred",
		courseStartDate,
		dayCounting,
		holidays,
		numberedNotes: numbered.length,
	});
	const order: Array<"weekdays" | "calendar-days"> = preferred === "calendar-days" ? ["calendar-days", "weekdays"] : ["weekdays", "calendar-days"];
	for (const mode of order) {
		const start = commonStart(numbered, mode === "weekdays" ? (date) => !isWeekend(date) : () => true);
		if (start) return result(mode, start);
	}
	const withHolidays = weekdaysWithHolidays(numbered, new Set(evidence.map((note) => note.date)));
	if (withHolidays) return result("weekdays-minus-holidays", withHolidays.start, withHolidays.holidays);
	return { kind: "conflict", paths: numbered.map((note) => note.path) };
}

/** Notes whose numbers contradict each other whatever the rule: the same number on two dates, or a number that goes down. */
function conflictingNotes(numbered: readonly Numbered[]): string[] {
	const paths = new Set<string>();
	for (let index = 1; index < numbered.length; index++) {
		const before = numbered[index - 1];
		const note = numbered[index];
		const sameDay = before.date === note.date;
		if ((sameDay && before.day !== note.day) || (!sameDay && note.day <= before.day)) {
			paths.add(before.path);
			paths.add(note.path);
		}
	}
	return [...paths];
}
