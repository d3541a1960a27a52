import { FileExistsError, isMarkdownPath, type NoteStore } from "../core/note-store";
import { formatLocalDateTime } from "../core/local-time";
import type { LearningLogSettings } from "../settings/settings";
import { bootcampDayRule } from "./bootcamp-day";
import { bootcampDateOf, isIsoDate, momentWithinDate } from "../daily/local-date";
import { findDayNotes } from "./day-notes";
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
	settings: Pick<LearningLogSettings, "daily" | "team">,
	labels: WeekReviewLabels,
	now: Date,
	date?: string,
): Promise<WeekReviewResult> {
	const day = date ?? bootcampDateOf(now, settings.daily.dayStartHour);
	const start = settings.daily.courseStartDate.trim();
	if (!isIsoDate(start)) return { status: "no-course-start", date: day };
	const week = courseWeek(day, start);
	if (week === 0) return { status: "before-course-start", date: day };

	const path = weekReviewPath(settings, week);
	const existing = { status: "exists" as const, date: day, week, path, missingDates: [], withoutRetrospective: [] };
	if (await store.stat(path)) return existing;
	const files = await store.listFiles();
	const dayNotes = await findDayNotes(store, settings.daily, files);
	const isBootcampDay = bootcampDayRule(settings.daily, new Set(dayNotes.map((note) => note.date)));
	const linkText = linkTexter(files.filter((file) => isMarkdownPath(file.path)).map((file) => file.path));
	const review = buildWeekReview({
		title: fillPattern(settings.team.weekReviewTitlePattern, week, settings.daily.courseName),
		dateTime: formatLocalDateTime(reviewMoment(now, date)),
		categories: settings.daily.defaultCategories.map((category) => fillPattern(category, week, settings.daily.courseName)),
		tags: [...settings.team.weekReviewTags],
		bootcampDates: datesOfCourseWeek(week, start).filter(isBootcampDay),
		dayNotes: dayNotes.map((note) => ({
			date: note.date,
			linkText: linkText(note.path),
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
	return { status: "created", date: day, week, path, missingDates: review.missingDates, withoutRetrospective: review.withoutRetrospective };
}
