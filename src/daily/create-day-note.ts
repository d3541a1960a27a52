import { FrontMatterError } from "../core/front-matter";
import { FileExistsError, type NoteStore } from "../core/note-store";
import { builtInTemplate } from "./built-in-templates";
import { uncheckedTasks } from "./carry-over";
import type { DailySettings } from "./daily-settings";
import { parseTemplateNote, type TemplateNote } from "./day-front-matter";
import { numberBootcampDay } from "./day-number";
import { findDayNote, neighbourDayNote, scanDayNotes, type DayNote } from "./day-notes";
import { bootcampDateOf, type IsoDate } from "./local-date";
import type { FormatLanguage } from "./moment-format";
import { draftPath, renderDayNote } from "./render-day-note";
import type { DailyWarning } from "./daily-warnings";
import { effectiveNumbering } from "./effective-numbering";
import type { InferredNumbering } from "./infer-day-numbering";
import { matchFolderCase } from "./folder-case";
import { resolveTemplatePath } from "./template-path";
import type { TemplateFormats } from "./vault-daily-config";

/** What the user should know about numbering that was worked out from their notes. */
function numberingWarnings(inference: InferredNumbering | null): DailyWarning[] {
	if (inference?.kind === "inferred") {
		return [{ code: "numberingInferred", params: { start: inference.courseStartDate, counting: inference.dayCounting } }];
	}
	if (inference?.kind === "conflict") return [{ code: "numberingConflict", params: { paths: inference.paths.join(", ") } }];
	return [];
}

export interface DayNoteRequest {
	settings: DailySettings;
	now: Date;
	/** The day to create; by default the bootcamp day `now` belongs to (see dayStartHour). */
	date?: IsoDate;
	/** The user's language: day names, and the built-in template when the template note is used. */
	language: FormatLanguage;
	/** Extra placeholder values for the day being created (asked only when a note is written). */
	extraPlaceholders?: ExtraPlaceholderProvider;
	/** The core Templates plugin's `{{date}}` and `{{time}}` formats (see readTemplateFormats). */
	templateFormats?: TemplateFormats;
}

export type ExtraPlaceholderProvider = (day: { date: IsoDate; dayNotes: readonly DayNote[]; language: FormatLanguage }) => Promise<Record<string, string>>;

export interface DayNoteResult {
	path: string;
	date: IsoDate;
	/** false when the note existed already (or appeared while we were writing it). */
	created: boolean;
	warnings: DailyWarning[];
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

/**
 * The language of the note's words: the built-in template's; for a template note, Korean when it
 * is written in Korean (many Korean learners keep Obsidian itself in English), else the user's.
 */
export function noteLanguage(settings: DailySettings, userLanguage: FormatLanguage, templateNote?: TemplateNote): FormatLanguage {
	if (settings.templateSource === "built-in-ko") return "ko";
	if (settings.templateSource === "built-in-en") return "en";
	if (templateNote && HANGUL.test(templateNote.body)) return "ko";
	return userLanguage;
}

async function loadTemplate(store: NoteStore, settings: DailySettings, language: FormatLanguage, warnings: DailyWarning[]): Promise<TemplateNote> {
	const builtIn = (): TemplateNote => parseTemplateNote("", builtInTemplate(language));
	if (settings.templateSource !== "vault-note") return builtIn();
	const path = await resolveTemplatePath(settings.templatePath, async (candidate) => (await store.stat(candidate)) !== null);
	if (path === null) {
		warnings.push({ code: "templateMissing", params: { path: settings.templatePath.trim() || "—" } });
		return builtIn();
	}
	try {
		return parseTemplateNote(path, await store.read(path));
	} catch (error) {
		if (!(error instanceof FrontMatterError)) throw error;
		warnings.push({ code: "templateInvalid", params: { path, reason: error.reason } });
		return builtIn();
	}
}

/** Where the note of a day would go and what it would be built from, before anything is written. */
export interface DayNotePlan {
	date: IsoDate;
	day: number;
	language: FormatLanguage;
	template: TemplateNote;
	templateWarnings: DailyWarning[];
	notes: DayNote[];
	inference: InferredNumbering | null;
	numbering: ReturnType<typeof numberBootcampDay>;
	/** The path (in the folder as the disk spells it), title and what the name could not hold. */
	expected: ReturnType<typeof draftPath>;
}

export async function planDayNote(store: NoteStore, request: DayNoteRequest): Promise<DayNotePlan> {
	const { settings, now } = request;
	const date = request.date ?? bootcampDateOf(now, settings.dayStartHour);
	// Read first: the template's own language decides day names in paths and the words of the note.
	const templateWarnings: DailyWarning[] = [];
	const template = await loadTemplate(store, settings, noteLanguage(settings, request.language), templateWarnings);
	const language = noteLanguage(settings, request.language, template);
	const notes = await scanDayNotes(store, settings);
	const { settings: counted, inference } = effectiveNumbering(settings, notes);
	const numbering = numberBootcampDay({
		date,
		mode: counted.dayCounting,
		courseStartDate: counted.courseStartDate,
		holidays: counted.holidays,
		existingNoteDates: notes.map((note) => note.date),
	});
	const drafted = draftPath({ settings, date, day: numbering.day, now, language });
	const expected = { ...drafted, path: matchFolderCase(drafted.path, await store.listFiles()) };
	return { date, day: numbering.day, language, template, templateWarnings, notes, inference, numbering, expected };
}

/**
 * Opens the day note of a date, or creates it. Never overwrites and never duplicates: an existing
 * note of that date is found by its front matter `date` or its file name, wherever a sync client
 * put it, and a note that appears between the check and the write is opened instead.
 */
export async function createOrOpenDayNote(store: NoteStore, request: DayNoteRequest): Promise<DayNoteResult> {
	const { settings, now } = request;
	const { date, language, template, templateWarnings, notes, inference, numbering, expected } = await planDayNote(store, request);
	const warnings: DailyWarning[] = [];
	const identity = { settings, date, day: numbering.day, now, language };
	const found = findDayNote(notes, date, expected.path);
	if (found.others.length > 0) {
		warnings.push({ code: "duplicateDayNotes", params: { date, paths: [found.note, ...found.others].map((n) => n?.path).join(", ") } });
	}
	if (found.note) return { path: found.note.path, date, created: false, warnings };

	warnings.push(...numberingWarnings(inference));
	for (const note of numbering.notes) {
		if (note.code === "noCourseStart" && inference?.kind === "conflict") continue;
		if (note.code === "noCourseStart") warnings.push({ code: "noCourseStart", params: {} });
		if (note.code === "beforeCourseStart") warnings.push({ code: "beforeCourseStart", params: { date, start: note.start } });
		if (note.code === "notACourseDay") warnings.push({ code: "notACourseDay", params: { date, day: numbering.day } });
	}
	warnings.push(...templateWarnings);
	const previous = neighbourDayNote(notes, date, "previous");
	const carriedTasks = settings.carryOverUncheckedTasks && previous ? uncheckedTasks(await store.read(previous.path)) : [];
	const extraPlaceholders = request.extraPlaceholders ? await request.extraPlaceholders({ date, dayNotes: notes, language }) : {};
	const rendered = renderDayNote({
		...identity,
		template,
		previous,
		next: neighbourDayNote(notes, date, "next"),
		carriedTasks,
		extraPlaceholders,
		templateFormats: request.templateFormats,
	});
	const draft = { ...rendered, path: expected.path };
	if (draft.unknown.length > 0) warnings.push({ code: "unknownPlaceholders", params: { names: draft.unknown.join(", ") } });

	try {
		await store.create(draft.path, draft.text);
	} catch (error) {
		// Someone (a sync client, another window) wrote it first: theirs stays as it is.
		if (error instanceof FileExistsError) return { path: draft.path, date, created: false, warnings };
		throw error;
	}
	return { path: draft.path, date, created: true, warnings };
}
