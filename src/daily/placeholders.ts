import { formatMoment, type FormatLanguage } from "./moment-format";

/**
 * Values the `{{…}}` placeholders of titles, paths and templates stand for. A value left
 * undefined is not available where the text is rendered (a title cannot contain itself).
 */
export interface PlaceholderContext {
	language: FormatLanguage;
	course: string;
	day: number;
	/** The moment that stands for the bootcamp day (see momentWithinDate): `{{date}}`. */
	moment: Date;
	/** The real clock: `{{time}}`. */
	now: Date;
	/** Formats of a bare `{{date}}` and `{{time}}`; in a template note, those of Obsidian's Templates plugin. */
	dateFormat?: string;
	timeFormat?: string;
	title?: string;
	/** Wiki-links to the neighbouring day notes, "" when there is none. */
	yesterday?: string;
	tomorrow?: string;
	/** Unchecked tasks carried over from the previous day, one per line. */
	tasks?: string;
	/** Values other features give the day template (`{{moderator}}`, `{{participants}}`, `{{learned}}`). */
	extra?: Readonly<Record<string, string>>;
}

/**
 * Placeholders of the built-in templates whose values the team feature gives (see
 * src/team/team-placeholders.ts). Known even when no value is given: then they are left empty.
 */
export const TEAM_PLACEHOLDERS: readonly string[] = ["moderator", "participants", "learned"];

export const DEFAULT_DATE_FORMAT = "YYYY-MM-DD";
export const DEFAULT_TIME_FORMAT = "HH:mm";

export type TextPart = { kind: "text"; text: string } | { kind: "placeholder"; raw: string; name: string; argument: string | null };

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** `a {{date:YYYY}} b` → text, placeholder (name "date", argument "YYYY"), text. */
export function splitPlaceholders(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER)) {
		if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
		const inner = match[1];
		const colon = inner.indexOf(":");
		const name = (colon === -1 ? inner : inner.slice(0, colon)).trim();
		const argument = colon === -1 ? null : inner.slice(colon + 1).trim();
		parts.push({ kind: "placeholder", raw: match[0], name, argument });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
	return parts;
}

/** The value of one placeholder, or undefined when it is unknown here. */
export function resolvePlaceholder(name: string, argument: string | null, context: PlaceholderContext): string | undefined {
	const plain = (value: string | undefined) => (argument === null ? value : undefined);
	switch (name) {
		case "date":
			return formatMoment(context.moment, argument || context.dateFormat || DEFAULT_DATE_FORMAT, context.language);
		case "time":
			return formatMoment(context.now, argument || context.timeFormat || DEFAULT_TIME_FORMAT, context.language);
		case "course":
			return plain(context.course);
		case "day":
			return plain(String(context.day));
		case "title":
			return plain(context.title);
		case "yesterday":
			return plain(context.yesterday);
		case "tomorrow":
			return plain(context.tomorrow);
		case "tasks":
			return plain(context.tasks);
		default:
			if (context.extra && Object.prototype.hasOwnProperty.call(context.extra, name)) return plain(context.extra[name]);
			return TEAM_PLACEHOLDERS.includes(name) ? plain("") : undefined;
	}
}

export interface RenderedText {
	text: string;
	/** Placeholders left as they were because nothing answers to them, e.g. `{{weather}}`. */
	unknown: string[];
}

export interface RenderOptions {
	/** Applied to the text between placeholders (file names format it as a date pattern). */
	mapText?: (text: string) => string;
	/** Applied to every placeholder value (file names drop characters paths cannot hold). */
	mapValue?: (value: string) => string;
}

/** Replaces every known placeholder; unknown ones stay visible and are reported, never dropped. */
export function renderPlaceholders(text: string, context: PlaceholderContext, options: RenderOptions = {}): RenderedText {
	const unknown: string[] = [];
	const rendered = splitPlaceholders(text)
		.map((part) => {
			if (part.kind === "text") return options.mapText ? options.mapText(part.text) : part.text;
			const value = resolvePlaceholder(part.name, part.argument, context);
			if (value === undefined) {
				if (!unknown.includes(part.raw)) unknown.push(part.raw);
				return part.raw;
			}
			return options.mapValue ? options.mapValue(value) : value;
		})
		.join("");
	return { text: rendered, unknown };
}
