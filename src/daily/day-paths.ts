import { isoDateInText } from "../core/calendar-date";
import { baseName } from "../core/note-store";
import { isIsoDate, type IsoDate } from "./local-date";
import { parseFileNamePattern, renderFileNamePattern, sanitizeFileName, type NameChanges } from "./file-name-pattern";
import { formatMoment, parseMomentFormat } from "./moment-format";
import { renderPlaceholders, splitPlaceholders, type PlaceholderContext } from "./placeholders";

/** Drops what a file name cannot hold, e.g. from a course name like `AI: Tech`; brackets become parentheses. */
export function sanitizeNameValue(value: string): string {
	return sanitizeFileName(value, { replaced: [], dropped: [] }, false).replace(/\s+/g, " ");
}

function cleanPath(path: string): string {
	return path
		.split("/")
		.map((segment) => segment.trim())
		.filter((segment) => segment !== "" && segment !== "." && segment !== "..")
		.join("/");
}

export interface DayNotePath {
	path: string;
	unknown: string[];
	/** Characters of the folder or file name written differently or left out (see file-name-pattern.ts). */
	changes: NameChanges;
}

/**
 * `folder/fileName.md` of a day note. The file name is a pattern of dates and placeholders
 * (`YYYY-MM-DD [{{course}}] Day{{day}}`, see file-name-pattern.ts); the folder is literal text whose
 * placeholders may hold dates (`daily/{{date:YYYY}}/{{date:MM}}`). A literal folder keeps `daily`
 * from being read as date tokens (`d` is the weekday in moment).
 */
export function dayNotePath(folderPattern: string, fileNamePattern: string, context: PlaceholderContext): DayNotePath {
	const changes: NameChanges = { replaced: [], dropped: [] };
	const folder = renderPlaceholders(folderPattern, context, {
		mapText: (text) => sanitizeFileName(text, changes, true),
		mapValue: (value) => sanitizeFileName(value.replace(/\s+/g, " "), changes, false),
	});
	const name = renderFileNamePattern(fileNamePattern, context);
	for (const char of name.changes.replaced) if (!changes.replaced.includes(char)) changes.replaced.push(char);
	for (const char of name.changes.dropped) if (!changes.dropped.includes(char)) changes.dropped.push(char);
	const fileName = cleanPath(name.text) || formatMoment(context.moment, "YYYY-MM-DD", context.language);
	const path = cleanPath(`${cleanPath(folder.text)}/${fileName}.md`);
	return { path, unknown: [...new Set([...folder.unknown, ...name.unknown])], changes };
}

/** The fixed part of the folder, before any placeholder: where every day note lives. */
export function dayNotesRoot(folderPattern: string): string {
	const segments = cleanPath(sanitizeFileName(folderPattern, { replaced: [], dropped: [] }, true)).split("/");
	const fixed: string[] = [];
	for (const segment of segments) {
		if (splitPlaceholders(segment).some((part) => part.kind === "placeholder")) break;
		fixed.push(segment);
	}
	return fixed.join("/");
}

/** Case-insensitive, as on macOS and Windows, where `Daily` and `daily` are one folder. */
export function isInsideFolder(path: string, folder: string): boolean {
	return folder === "" || path.toLowerCase().startsWith(`${folder.toLowerCase()}/`);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type DateField = "year" | "month" | "day";
const NUMERIC_FIELDS: Record<string, { field: DateField; pattern: string }> = {
	YYYY: { field: "year", pattern: "(\\d{4})" },
	MM: { field: "month", pattern: "(\\d{2})" },
	M: { field: "month", pattern: "(\\d{1,2})" },
	DD: { field: "day", pattern: "(\\d{2})" },
	D: { field: "day", pattern: "(\\d{1,2})" },
};

// A name written by an older pattern, or by hand, may hold what new names never do.
function literalSource(text: string): string {
	return [...text]
		.map((char) => (char === "[" || char === "(" ? "[\\[(]" : char === "]" || char === ")" ? "[\\])]" : escapeRegExp(char)))
		.join("");
}

/**
 * Reads the date back from a file name written with `pattern`, allowing what sync clients append
 * (`2021-08-13 1`, `2021-08-13 (conflicted copy)`). Tokens other than year, month and day match
 * anything; placeholders too. Brackets match brackets or the parentheses new names get.
 */
function dateFromPattern(name: string, pattern: string): IsoDate | null {
	const reader = nameReader(pattern);
	const match = reader?.regex.exec(name);
	if (!reader || !match) return null;
	const value = (field: DateField) => match[reader.fields.indexOf(field) + 1].padStart(2, "0");
	const date = `${value("year")}-${value("month")}-${value("day")}`;
	return isIsoDate(date) ? date : null;
}

interface NameReader {
	regex: RegExp;
	/** Which date field each capture group holds. */
	fields: DateField[];
}

// One reader per pattern: a vault's day notes are all read back with the same one or two.
const nameReaders = new Map<string, NameReader | null>();

/** The regular expression that reads a date back from names written with `pattern`; null when it holds no full date. */
function nameReader(pattern: string): NameReader | null {
	let reader = nameReaders.get(pattern);
	if (reader === undefined) {
		reader = compileNameReader(pattern);
		nameReaders.set(pattern, reader);
	}
	return reader;
}

function compileNameReader(pattern: string): NameReader | null {
	const fields: DateField[] = [];
	let source = "";
	for (const part of parseFileNamePattern(pattern)) {
		if (part.kind === "placeholder") {
			source += ".*?";
			continue;
		}
		if (part.kind === "text") {
			source += literalSource(part.text);
			continue;
		}
		for (const token of parseMomentFormat(part.format)) {
			if (token.kind === "literal") source += escapeRegExp(token.text);
			else if (token.kind === "token" && NUMERIC_FIELDS[token.moment]) {
				fields.push(NUMERIC_FIELDS[token.moment].field);
				source += NUMERIC_FIELDS[token.moment].pattern;
			} else source += ".+?";
		}
	}
	if (!["year", "month", "day"].every((field) => fields.includes(field as DateField))) return null;
	return { regex: new RegExp(`^${source}(?:[ _-].*)?$`, "u"), fields };
}

/** The date a day note's path names: by the file-name pattern, else any `YYYY-MM-DD` in the name. */
export function dateFromNotePath(path: string, fileNamePattern: string): IsoDate | null {
	const name = baseName(path);
	const lastSegment = fileNamePattern.slice(fileNamePattern.lastIndexOf("/") + 1);
	const byPattern = dateFromPattern(name, lastSegment);
	if (byPattern) return byPattern;
	return isoDateInText(name);
}
