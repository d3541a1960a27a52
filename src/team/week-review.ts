import { writeFrontMatter } from "../core/front-matter-writer";
import { isWikiLinkSafe, markdownNoteLink } from "../core/note-link";
import { addDays, daysBetween } from "../daily/local-date";

/** Course week of a date: week 1 is the seven days from the course start. 0 before the start. */
export function courseWeek(date: string, courseStartDate: string): number {
	const days = daysBetween(courseStartDate, date);
	return days < 0 ? 0 : Math.floor(days / 7) + 1;
}

/** The seven calendar dates of a course week (they may cross a month or a year). */
export function datesOfCourseWeek(week: number, courseStartDate: string): string[] {
	const first = addDays(courseStartDate, (week - 1) * 7);
	return Array.from({ length: 7 }, (_, offset) => addDays(first, offset));
}

/** A day note of the week as the builder needs it. */
export interface WeekDayNote {
	date: string;
	/** Link text that names the note (`2021-08-10`, or its path when names repeat). */
	linkText: string;
	/** The note's vault path, for a name a wiki-link cannot hold (see note-link.ts); else `linkText.md`. */
	path?: string;
	/** Front-matter title, shown beside the link. */
	title: string | null;
	/** The note's own retrospective heading ("회고", "Retrospective"), or null when it has none. */
	retrospectiveHeading: string | null;
}

/** Texts in the user's language; the builder itself never translates. */
export interface WeekReviewLabels {
	daysHeading: string;
	retrospectivesHeading: string;
	closingHeading: string;
	/** Sunday first, as Date#getDay numbers them. */
	weekdayNames: readonly string[];
	noRetrospective: string;
}

export interface WeekReviewInput {
	title: string;
	/** `2021-08-13 18:00:00 +0900`: when the review was made. */
	dateTime: string;
	categories: string[];
	tags: string[];
	/** The bootcamp days of the week, in order. */
	bootcampDates: readonly string[];
	dayNotes: readonly WeekDayNote[];
	labels: WeekReviewLabels;
}

export interface WeekReview {
	text: string;
	/** Bootcamp days of the week without a day note: left out of the review. */
	missingDates: string[];
	/** Day notes without a retrospective section: linked, not quoted. */
	withoutRetrospective: string[];
}

function weekdayName(date: string, names: readonly string[]): string {
	const [year, month, day] = date.split("-").map(Number);
	return names[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? "";
}

function pathOf(note: WeekDayNote): string {
	return note.path ?? `${note.linkText}.md`;
}

/** `[[2021-08-10]]`, or a markdown link when the name would end or split a wiki-link. */
function linkTo(note: WeekDayNote): string {
	if (isWikiLinkSafe(note.linkText)) return `[[${note.linkText}]]`;
	const name = note.linkText.slice(note.linkText.lastIndexOf("/") + 1);
	return markdownNoteLink(pathOf(note), name);
}

/** `![[2021-08-10#회고]]`; a name that cannot be embedded (`#` or `^` in it) is linked at the heading. */
function embedRetrospective(note: WeekDayNote, heading: string): string {
	// A name ending in `]` is fine here: `#heading` follows it.
	if (isWikiLinkSafe(note.linkText.replace(/\]$/, "")) && isWikiLinkSafe(heading)) return `![[${note.linkText}#${heading}]]`;
	return markdownNoteLink(pathOf(note), `${note.linkText.slice(note.linkText.lastIndexOf("/") + 1)} > ${heading}`, heading);
}

/**
 * The week review note: a list linking each day note of the week, then each day's retrospective
 * embedded (`![[2021-08-10#회고]]`) so the note, and the published post, show them in one place,
 * and an empty section for the week's own thoughts. Days without a note are skipped.
 */
export function buildWeekReview(input: WeekReviewInput): WeekReview {
	const notesByDate = new Map(input.dayNotes.map((note) => [note.date, note]));
	const notes = input.bootcampDates.flatMap((date) => notesByDate.get(date) ?? []);
	const missingDates = input.bootcampDates.filter((date) => !notesByDate.has(date));
	const { labels } = input;
	const heading = (note: WeekDayNote) => `${note.date} (${weekdayName(note.date, labels.weekdayNames)})`;

	const lines: string[] = [`## ${labels.daysHeading}`, ""];
	for (const note of notes) lines.push(`- ${linkTo(note)}${note.title ? ` ${note.title}` : ""}`);
	lines.push("", `## ${labels.retrospectivesHeading}`, "");
	for (const note of notes) {
		lines.push(`### ${heading(note)}`, "");
		lines.push(note.retrospectiveHeading ? embedRetrospective(note, note.retrospectiveHeading) : `${linkTo(note)} ${labels.noRetrospective}`, "");
	}
	lines.push(`## ${labels.closingHeading}`, "", "- ", "");

	const frontMatter = writeFrontMatter(
		{ title: input.title, date: input.dateTime, categories: input.categories, tags: input.tags, publish: false },
		{ alwaysQuote: ["title"] },
	);
	return {
		text: `${frontMatter}\n${lines.join("\n")}`,
		missingDates,
		withoutRetrospective: notes.filter((note) => !note.retrospectiveHeading).map((note) => note.date),
	};
}

/** Retrospective headings as the built-in templates and most users name them. */
export const RETROSPECTIVE_HEADINGS = ["회고", "Retrospective"];

/** The note's retrospective heading text, as written, from its headings. */
export function findRetrospectiveHeading(headings: readonly string[]): string | null {
	const wanted = RETROSPECTIVE_HEADINGS.map((name) => name.toLowerCase());
	return headings.find((heading) => wanted.includes(heading.trim().toLowerCase())) ?? null;
}
