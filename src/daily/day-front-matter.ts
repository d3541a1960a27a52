import { parseNote, type FrontMatter } from "../core/front-matter";
import { writeFrontMatter, type FrontMatterValue } from "../core/front-matter-writer";
import { formatLocalDateTime } from "../core/local-time";
import { renderPlaceholders, type PlaceholderContext } from "./placeholders";

/** A template note split into its front matter and body, its placeholders kept for later. */
export interface TemplateNote {
	frontMatter: FrontMatter | null;
	body: string;
	/** `{{…}}` texts of the front matter, replaced by markers so YAML can parse the block. */
	protectedPlaceholders: string[];
}

// Private-use characters: plain YAML text that no one types, so `tags: {{course}}` is not read
// as a flow mapping and `title: "{{title}}"` keeps its quotes.
const marker = (index: number) => `\uE000${index}\uE001`;
const MARKER = /\uE000(\d+)\uE001/g;

/** Parses a template note; throws FrontMatterError when its YAML is broken. */
export function parseTemplateNote(path: string, text: string): TemplateNote {
	const block = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!block) return { frontMatter: null, body: text, protectedPlaceholders: [] };
	const placeholders: string[] = [];
	const safeBlock = block[0].replace(/\{\{[^{}]*\}\}/g, (raw) => marker(placeholders.push(raw) - 1));
	const parsed = parseNote(path, safeBlock + text.slice(block[0].length));
	return { frontMatter: parsed.frontMatter, body: parsed.body, protectedPlaceholders: placeholders };
}

function toFrontMatterValue(value: unknown, mapString: (text: string) => string): FrontMatterValue {
	if (typeof value === "string") return mapString(value);
	if (typeof value === "number" || typeof value === "boolean" || value === null || value instanceof Date) return value;
	if (Array.isArray(value)) return value.map((item) => toFrontMatterValue(item, mapString));
	if (typeof value === "object") {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [mapString(key), toFrontMatterValue(item, mapString)]));
	}
	return null;
}

/**
 * Whether the template fixes its own title: a literal `title: "[boostcourse] Day 학습기록"` is a
 * leftover of the day the template was written, so the numbered title wins over it; a title built
 * from placeholders (`title: "{{title}} ({{date:ddd}})"`) is the template's choice and is kept.
 */
export function templateTitleIsLiteral(template: TemplateNote): boolean {
	const title = template.frontMatter?.title;
	return typeof title === "string" && !/\uE000\d+\uE001/.test(title);
}

/** The template's front matter with its placeholders rendered inside the parsed values. */
export function renderTemplateFrontMatter(
	template: TemplateNote,
	context: PlaceholderContext,
	unknown: string[],
): Record<string, FrontMatterValue> {
	if (!template.frontMatter) return {};
	const mapString = (text: string) => {
		const restored = text.replace(MARKER, (_whole, index: string) => template.protectedPlaceholders[Number(index)] ?? "");
		const rendered = renderPlaceholders(restored, context);
		for (const name of rendered.unknown) if (!unknown.includes(name)) unknown.push(name);
		return rendered.text;
	};
	return toFrontMatterValue(template.frontMatter, mapString) as Record<string, FrontMatterValue>;
}

export interface DayFrontMatterInput {
	title: string;
	excerpt: string;
	categories: readonly string[];
	tags: readonly string[];
	/** The moment standing for the day (with the vault's UTC offset in the note). */
	moment: Date;
	now: Date;
}

/** `#tag` → `tag`; empty entries (a placeholder that rendered to nothing) disappear. */
function cleanList(items: readonly string[], dropHash: boolean): string[] {
	const cleaned = items.map((item) => (dropHash ? item.trim().replace(/^#/, "") : item.trim())).filter((item) => item !== "");
	return [...new Set(cleaned)];
}

/** What every new day note carries, in the order Jekyll users write it. */
export function dayFrontMatter(input: DayFrontMatterInput): Record<string, FrontMatterValue> {
	return {
		title: input.title,
		excerpt: input.excerpt,
		toc: true,
		toc_sticky: true,
		categories: cleanList(input.categories, false),
		tags: cleanList(input.tags, true),
		date: formatLocalDateTime(input.moment),
		last_modified_at: formatLocalDateTime(input.now),
		// A new log is a draft until its author decides to publish it.
		publish: false,
	};
}

function isSet(value: FrontMatterValue | undefined): value is FrontMatterValue {
	return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}

/**
 * The template's own keys win where it sets them, in the template's order; the generated keys it
 * leaves unset follow. Lists of categories and tags lose entries that rendered to nothing.
 */
export function mergeFrontMatter(
	generated: Record<string, FrontMatterValue>,
	fromTemplate: Record<string, FrontMatterValue>,
): Record<string, FrontMatterValue> {
	const merged: Record<string, FrontMatterValue> = {};
	for (const [key, value] of Object.entries(fromTemplate)) {
		if (isSet(value)) merged[key] = value;
		else if (key in generated) merged[key] = generated[key];
		else merged[key] = value;
	}
	for (const [key, value] of Object.entries(generated)) if (!(key in merged)) merged[key] = value;
	for (const key of ["categories", "tags"]) {
		const list = merged[key];
		if (Array.isArray(list)) merged[key] = list.filter((item) => !(typeof item === "string" && item.trim() === ""));
		// Jekyll splits a string on spaces; a list says the same without surprises.
		else if (typeof list === "string") merged[key] = list.split(/[,\s]+/).filter((item) => item !== "");
	}
	return merged;
}

export function writeDayFrontMatter(data: Record<string, FrontMatterValue>): string {
	return writeFrontMatter(data, { alwaysQuote: ["title", "excerpt"] });
}
