import { FileExistsError, isMarkdownPath, type NoteStore } from "../core/note-store";
import { formatLocalDateTime } from "../core/local-time";
import type { LearningLogSettings } from "../settings/settings";
import { bootcampDayRule } from "./bootcamp-day";
import { addDays, bootcampDateOf, dayOfWeek, isIsoDate, momentWithinDate } from "../daily/local-date";
import { effectiveNumbering } from "../daily/effective-numbering";
import { findDayNotes, readImportedDayNotes, type DayNoteRecord } from "./day-notes";
import { linkTexter } from "./topics-block";
import { buildWeekReview, courseWeek, datesOfCourseWeek, findRetrospectiveHeading, type WeekReviewLabels } from "./week-review";

export interface WeekReviewNote {
	status: "created" | "exists";
	date: string;
	week: number;
	path: string;
	missingDates: string[];
	withoutRetrospective: string[];
}

export type WeekReviewResult = { status: "no-course-start"; date: string } | { status: "before-course-start"; date: string } | WeekReviewNote;

function fillPattern(pattern: string, week: number, course: string): string {
	return pattern.replace(/\{\{\s*week\s*\}\}/g, String(week)).replace(/\{\{\s*course\s*\}\}/g, course);
}

/** Characters Obsidian refuses in file names, or that break links, become spaces. */
function safeFileName(name: string): string {
	return name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
}

export function weekReviewPath(settings: Pick<LearningLogSettings, "daily" | "team">, week: number): string {
	const name = safeFileName(fillPattern(settings.team.weekReviewFileName, week, settings.daily.courseName)) || `Week ${week}`;
	const folder = settings.team.weekReviewFolder.replace(/^\/+|\/+$/g, "");
	return folder ? `${folder}/${name}.md` : `${name}.md`;
}

/**
 * The first day of week 1 in calendar weeks: the start of the week holding the first day note (or
 * the date itself when it comes first). `weekStart` is the library's "First day of the week";
 * -1 (follow the locale) counts from Monday, as Korean and ISO calendars do.
 */
function calendarWeekOrigin(date: string, dayNotes: readonly { date: string }[], weekStart: number): string {
	const first = dayNotes.reduce((earliest, note) => (note.date < earliest ? note.date : earliest), date);
	const firstDay = weekStart >= 0 && weekStart <= 6 ? weekStart : 1;
	return addDays(first, -((dayOfWeek(first) - firstDay + 7) % 7));
}

/**
 * The day notes, and for each date without one an imported note of that date: the one with a
 * retrospective section, else the first by path (a week review shows one note a day).
 */
function withImportedDays(own: readonly DayNoteRecord[], imported: readonly DayNoteRecord[]): DayNoteRecord[] {
	const covered = new Set(own.map((note) => note.date));
	const byDate = new Map<string, DayNoteRecord>();
	for (const note of imported) {
		if (covered.has(note.date)) continue;
		const held = byDate.get(note.date);
		if (!held || (!findRetrospectiveHeading(held.headings) && findRetrospectiveHeading(note.headings))) byDate.set(note.date, note);
	}
	return [...own, ...byDate.values()].sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
}

/** The moment a review is dated: now, or the given day (clamped into it, as day notes are). */
function reviewMoment(now: Date, date: string | undefined): Date {
	return date ? momentWithinDate(date, now) : now;
}

/**
 * "New week review": the review of the course week holding `date` (today's bootcamp day by
 * default). An existing review is left as it is and reported, never overwritten.
 */
export async function createWeekReview(
	store: NoteStore,
	settings: Pick<LearningLogSettings, "daily" | "team"> & Partial<Pick<LearningLogSettings, "library">>,
	labels: WeekReviewLabels,
	now: Date,
	date?: string,
	/** Notes imported from the blog: they fill the days the day-notes folder has no note for. */
	importedNotes: readonly string[] = [],
): Promise<WeekReviewResult> {
	const day = date ?? bootcampDateOf(now, settings.daily.dayStartHour);
	const files = await store.listFiles();
	const ownDayNotes = await findDayNotes(store, settings.daily, files);
	const { settings: counted } = effectiveNumbering(settings.daily, ownDayNotes);
	const start = counted.courseStartDate.trim();
	if (isIsoDate(start) && day < start) return { status: "before-course-start", date: day };
	// Imported notes are read only now, and not again when they sit among the day notes.
	const ownPaths = new Set(ownDayNotes.map((note) => note.path));
	const dayNotes = withImportedDays(ownDayNotes, await readImportedDayNotes(store, importedNotes.filter((path) => !ownPaths.has(path))));
	// Without a start date (set or inferred), weeks are calendar weeks, numbered from the first day note's.
	const origin = isIsoDate(start) ? start : calendarWeekOrigin(day, dayNotes, settings.library?.weekStart ?? -1);
	const week = courseWeek(day, origin);
	const path = weekReviewPath(settings, week);
	const existing = { status: "exists" as const, date: day, week, path, missingDates: [], withoutRetrospective: [] };
	if (await store.stat(path)) return existing;
	const isBootcampDay = bootcampDayRule(counted, new Set(dayNotes.map((note) => note.date)));
	const linkText = linkTexter(files.filter((file) => isMarkdownPath(file.path)).map((file) => file.path));
	const review = buildWeekReview({
		title: fillPattern(settings.team.weekReviewTitlePattern, week, settings.daily.courseName),
		dateTime: formatLocalDateTime(reviewMoment(now, date)),
		categories: settings.daily.defaultCategories.map((category) => fillPattern(category, week, settings.daily.courseName)),
		tags: [...settings.team.weekReviewTags],
		bootcampDates: datesOfCourseWeek(week, origin).filter(isBootcampDay),
		dayNotes: dayNotes.map((note) => ({
			date: note.date,
			linkText: linkText(note.path),
			path: note.path,
			title: note.title,
			retrospectiveHeading: findRetrospectiveHeading(note.headings),
		})),
		labels,
	});
	try {
		await store.create(path, review.text);
	} catch (error) {
		// Written meanwhile (another window, a sync client): theirs stays as it is.
		if (error instanceof FileExistsError) return existing;
		throw error;
	}
	// Days still ahead are not missing yet.
	const today = bootcampDateOf(now, settings.daily.dayStartHour);
	const missingDates = review.missingDates.filter((missing) => missing <= today);
	return { status: "created", date: day, week, path, missingDates, withoutRetrospective: review.withoutRetrospective };
}
