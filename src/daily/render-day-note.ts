import type { FrontMatterValue } from "../core/front-matter-writer";
import { appendTaskSection, CARRIED_TASKS_HEADING } from "./carry-over";
import { defaultExcerpt } from "./built-in-templates";
import type { DailySettings } from "./daily-settings";
import {
	dayFrontMatter,
	mergeFrontMatter,
	renderTemplateFrontMatter,
	templateTitleIsLiteral,
	writeDayFrontMatter,
	type TemplateNote,
} from "./day-front-matter";
import { dayNoteLink, type DayNote } from "./day-notes";
import { dayNotePath } from "./day-paths";
import type { NameChanges } from "./file-name-pattern";
import type { TemplateFormats } from "./vault-daily-config";
import { momentWithinDate, type IsoDate } from "./local-date";
import type { FormatLanguage } from "./moment-format";
import { renderPlaceholders, splitPlaceholders, type PlaceholderContext } from "./placeholders";

export interface DayNoteDraftInput {
	settings: DailySettings;
	date: IsoDate;
	day: number;
	now: Date;
	/** Language of the note's words and day names. */
	language: FormatLanguage;
	template: TemplateNote;
	previous: DayNote | null;
	next: DayNote | null;
	carriedTasks: readonly string[];
	/** Placeholder values from other features (the team's moderator, participants, topics). */
	extraPlaceholders?: Readonly<Record<string, string>>;
	/** The core Templates plugin's `{{date}}` and `{{time}}` formats, for the template's text. */
	templateFormats?: TemplateFormats;
}

export interface DayNoteDraft {
	path: string;
	title: string;
	text: string;
	/** Unknown placeholders of the title, path, template body and template front matter. */
	unknown: string[];
}

/** What the path and title of a day note depend on. */
export type DayNoteIdentity = Pick<DayNoteDraftInput, "settings" | "date" | "day" | "now" | "language">;

function baseContext(input: DayNoteIdentity): PlaceholderContext {
	return {
		language: input.language,
		course: input.settings.courseName.trim(),
		day: input.day,
		moment: momentWithinDate(input.date, input.now),
		now: input.now,
	};
}

/** The path where a new note for this date would go (title available to the file-name pattern). */
export function draftPath(input: DayNoteIdentity): { path: string; title: string; unknown: string[]; changes: NameChanges } {
	const context = baseContext(input);
	const title = renderPlaceholders(input.settings.titlePattern, context);
	const path = dayNotePath(input.settings.folder, input.settings.fileNamePattern, { ...context, title: title.text });
	return { path: path.path, title: title.text, unknown: [...new Set([...title.unknown, ...path.unknown])], changes: path.changes };
}

/** Renders a whole new day note: front matter and body. Pure; the caller writes it. */
export function renderDayNote(input: DayNoteDraftInput): DayNoteDraft {
	const { path, title, unknown: pathUnknown } = draftPath(input);
	const unknown = [...pathUnknown];
	const addUnknown = (names: readonly string[]) => names.forEach((name) => unknown.includes(name) || unknown.push(name));
	const usesTasksPlaceholder = splitPlaceholders(input.template.body).some((part) => part.kind === "placeholder" && part.name === "tasks");
	const context: PlaceholderContext = {
		...baseContext(input),
		title,
		yesterday: dayNoteLink(input.previous),
		tomorrow: dayNoteLink(input.next),
		tasks: input.carriedTasks.join("\n"),
		extra: input.extraPlaceholders,
		dateFormat: input.templateFormats?.dateFormat,
		timeFormat: input.templateFormats?.timeFormat,
	};

	const listValues = (items: readonly string[]) =>
		items.map((item) => {
			const rendered = renderPlaceholders(item, context);
			addUnknown(rendered.unknown);
			return rendered.text;
		});
	const generated = dayFrontMatter({
		title,
		excerpt: defaultExcerpt(input.language, context.course, input.day),
		categories: listValues(input.settings.defaultCategories),
		tags: listValues(input.settings.defaultTags),
		moment: context.moment,
		now: input.now,
	});
	const templateUnknown: string[] = [];
	const fromTemplate: Record<string, FrontMatterValue> = renderTemplateFrontMatter(input.template, context, templateUnknown);
	if (templateTitleIsLiteral(input.template)) fromTemplate.title = title;
	addUnknown(templateUnknown);
	const frontMatter = writeDayFrontMatter(mergeFrontMatter(generated, fromTemplate));

	const body = renderPlaceholders(input.template.body.replace(/^\r?\n/, ""), context);
	addUnknown(body.unknown);
	const withTasks = usesTasksPlaceholder
		? body.text
		: appendTaskSection(body.text, input.carriedTasks, CARRIED_TASKS_HEADING[input.language]);
	return { path, title, text: `${frontMatter}\n${withTasks}`, unknown };
}
