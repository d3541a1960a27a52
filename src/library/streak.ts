import { addDays, differenceInCalendarDays, startOfWeek } from "date-fns";
import { dayToDate, localDayKey, type DayKey } from "./note-dates";
import type { WeekRule } from "./weeks";

export interface HeatCell {
	day: DayKey;
	count: number;
	/** 0 (nothing) … 4 (busiest), relative to the busiest day shown. */
	level: 0 | 1 | 2 | 3 | 4;
	/** Days after today in the last column are shown empty. */
	future: boolean;
}

export interface LearningStreak {
	/** weeks × 7 cells, column by column (each column one week, starting on the week's first day). */
	weeks: HeatCell[][];
	/** Consecutive days with a log up to today; a streak still counts when today has no log yet. */
	current: number;
	longest: number;
	activeDays: number;
}

function levelOf(count: number, busiest: number): HeatCell["level"] {
	if (count <= 0) return 0;
	if (busiest <= 1) return 4;
	return Math.max(1, Math.ceil((count / busiest) * 4)) as HeatCell["level"];
}

/** The longest run of consecutive days among the given ones. */
export function longestRun(days: Iterable<DayKey>): number {
	const sorted = [...new Set(days)].sort();
	let longest = 0;
	let run = 0;
	let previous: Date | null = null;
	for (const day of sorted) {
		const date = dayToDate(day);
		run = previous && differenceInCalendarDays(date, previous) === 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = date;
	}
	return longest;
}

/** Consecutive days with a log ending today, or yesterday when today's log is not written yet. */
export function currentRun(hasLog: (day: DayKey) => boolean, today: DayKey): number {
	let cursor = dayToDate(today);
	if (!hasLog(today)) cursor = addDays(cursor, -1);
	let run = 0;
	while (hasLog(localDayKey(cursor))) {
		run++;
		cursor = addDays(cursor, -1);
	}
	return run;
}

/**
 * The learning streak over `notesPerDay` (how many notes are dated each day): the heat map of the
 * last `weekCount` weeks ending with today's week, and the current and longest streaks.
 */
export function learningStreak(notesPerDay: ReadonlyMap<DayKey, number>, today: DayKey, rule: WeekRule, weekCount = 12): LearningStreak {
	const hasLog = (day: DayKey) => (notesPerDay.get(day) ?? 0) > 0;
	const todayDate = dayToDate(today);
	const firstDay = addDays(startOfWeek(todayDate, { weekStartsOn: rule.weekStartsOn }), -7 * (weekCount - 1));
	const days: { day: DayKey; count: number; future: boolean }[] = [];
	for (let i = 0; i < weekCount * 7; i++) {
		const date = addDays(firstDay, i);
		const day = localDayKey(date);
		const future = date > todayDate;
		days.push({ day, count: future ? 0 : (notesPerDay.get(day) ?? 0), future });
	}
	const busiest = Math.max(0, ...days.map((d) => d.count));
	const weeks: HeatCell[][] = [];
	for (let w = 0; w < weekCount; w++) {
		weeks.push(days.slice(w * 7, w * 7 + 7).map((d) => ({ ...d, level: levelOf(d.count, busiest) })));
	}
	const active = [...notesPerDay.entries()].filter(([day, count]) => count > 0 && day <= today).map(([day]) => day);
	return {
		weeks,
		current: currentRun(hasLog, today),
		longest: longestRun(active),
		activeDays: days.filter((d) => d.count > 0).length,
	};
}
