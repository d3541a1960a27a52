import type { DailySettings } from "./daily-settings";
import { inferDayNumbering, type InferredNumbering, type NumberingEvidence } from "./infer-day-numbering";
import { isIsoDate } from "./local-date";

export type NumberingSettings = Pick<DailySettings, "courseStartDate" | "dayCounting" | "holidays">;

export interface EffectiveNumbering<T extends NumberingSettings> {
	/** The settings with the inferred start, mode and holidays filled in when there was no start date. */
	settings: T;
	/** What was inferred, or null when the settings say it all (a start date, or counting notes). */
	inference: InferredNumbering | null;
}

/**
 * The numbering day notes and week reviews use. A start date in the settings always wins; without
 * one, the numbers the existing notes carry decide (see infer-day-numbering.ts), so a learner who
 * kept a log before installing gets their next Day number without setting anything.
 */
export function effectiveNumbering<T extends NumberingSettings>(settings: T, evidence: readonly NumberingEvidence[]): EffectiveNumbering<T> {
	if (isIsoDate(settings.courseStartDate.trim()) || settings.dayCounting === "existing-notes") return { settings, inference: null };
	const inference = inferDayNumbering(evidence, settings.dayCounting);
	if (inference.kind !== "inferred") return { settings, inference };
	const holidays = [...new Set([...settings.holidays, ...inference.holidays])].sort();
	return {
		settings: { ...settings, courseStartDate: inference.courseStartDate, dayCounting: inference.dayCounting, holidays },
		inference,
	};
}
