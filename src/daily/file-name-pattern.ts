import { formatMoment, parseMomentFormat } from "./moment-format";
import { resolvePlaceholder, splitPlaceholders, type PlaceholderContext } from "./placeholders";

/**
 * The file-name pattern of day notes, e.g. `YYYY-MM-DD [{{course}}] Day{{day}} 학습기록`:
 *
 * - `{{…}}` placeholders are filled in first;
 * - `[…]` around text keeps that text as written, as in Obsidian's Daily notes (`[Day]`); brackets
 *   around a placeholder (`[{{course}}]`) are the user's own brackets and stay in the name;
 * - the rest is a moment.js date format, word by word: a word made only of date tokens (`YYYY`,
 *   `MM`, `dddd`, `Do`) is a date; any other word (`Day`, `Daily`, `log`) is kept as written, where
 *   moment would have turned some of its letters into dates.
 *
 * Obsidian warns that links do not work with `[ ] # ^ |` in a file name, and file systems refuse
 * `\ : * ? " < >`: brackets become parentheses and the others are left out (see sanitizeFileName).
 */
export type FileNamePart =
	| { kind: "date"; format: string }
	| { kind: "text"; text: string }
	| { kind: "placeholder"; raw: string; name: string; argument: string | null };

const LETTERS = /[A-Za-z]+/g;

/** A word is a date when all its letters are moment tokens; `T` may join them (`DDTHH`). */
function isDateWord(word: string): boolean {
	return parseMomentFormat(word).every((part) => part.kind !== "literal" || part.text === "T");
}

function pushText(parts: FileNamePart[], text: string): void {
	if (text === "") return;
	const last = parts[parts.length - 1];
	if (last?.kind === "text") last.text += text;
	else parts.push({ kind: "text", text });
}

/** Plain pattern text (no brackets, no placeholders): date words and the rest. */
function pushDateText(parts: FileNamePart[], text: string): void {
	let last = 0;
	for (const match of text.matchAll(LETTERS)) {
		pushText(parts, text.slice(last, match.index));
		if (isDateWord(match[0])) parts.push({ kind: "date", format: match[0] });
		else pushText(parts, match[0]);
		last = match.index + match[0].length;
	}
	pushText(parts, text.slice(last));
}

/** Text and placeholders, the text kept as written. */
function pushLiteralWithPlaceholders(parts: FileNamePart[], text: string): void {
	for (const part of splitPlaceholders(text)) {
		if (part.kind === "text") pushText(parts, part.text);
		else parts.push(part);
	}
}

export function parseFileNamePattern(pattern: string): FileNamePart[] {
	const parts: FileNamePart[] = [];
	let plain = "";
	const flush = () => {
		pushDateText(parts, plain);
		plain = "";
	};
	let index = 0;
	while (index < pattern.length) {
		const char = pattern[index];
		if (pattern.startsWith("{{", index)) {
			const close = pattern.indexOf("}}", index + 2);
			if (close !== -1) {
				flush();
				pushLiteralWithPlaceholders(parts, pattern.slice(index, close + 2));
				index = close + 2;
				continue;
			}
		}
		if (char === "[") {
			const close = pattern.indexOf("]", index + 1);
			if (close !== -1) {
				flush();
				const inner = pattern.slice(index + 1, close);
				const holdsPlaceholder = splitPlaceholders(inner).some((part) => part.kind === "placeholder");
				pushLiteralWithPlaceholders(parts, holdsPlaceholder ? `[${inner}]` : inner);
				index = close + 1;
				continue;
			}
		}
		if (char === "\\" && index + 1 < pattern.length) {
			flush();
			pushText(parts, pattern[index + 1]);
			index += 2;
			continue;
		}
		plain += char;
		index++;
	}
	flush();
	return parts;
}

/** What a file name could not hold as written: shown to the user under the setting. */
export interface NameChanges {
	/** Characters written differently: `[` and `]` become `(` and `)`. */
	replaced: string[];
	/** Characters left out. */
	dropped: string[];
}

const REPLACEMENTS: Readonly<Record<string, string>> = { "[": "(", "]": ")" };
// Obsidian: links break on `# ^ |`; file systems refuse `\ : * ? " < >` (Windows, Android, iOS).
const DROPPED = /[#^|\\:*?"<>]/;

/** Replaces and drops what a name cannot hold; `/` stays only where `keepSlash` (folder separators). */
export function sanitizeFileName(text: string, changes: NameChanges, keepSlash: boolean): string {
	let result = "";
	for (const char of text) {
		if (REPLACEMENTS[char]) {
			if (!changes.replaced.includes(char)) changes.replaced.push(char);
			result += REPLACEMENTS[char];
		} else if (DROPPED.test(char) || (char === "/" && !keepSlash)) {
			if (!changes.dropped.includes(char)) changes.dropped.push(char);
		} else {
			result += char;
		}
	}
	return result;
}

export interface RenderedFileName {
	/** The name, possibly with `/` folder separators; not yet trimmed into segments. */
	text: string;
	unknown: string[];
	changes: NameChanges;
}

/** Renders a file-name pattern for a day (see the rules above). */
export function renderFileNamePattern(pattern: string, context: PlaceholderContext): RenderedFileName {
	const changes: NameChanges = { replaced: [], dropped: [] };
	const unknown: string[] = [];
	const text = parseFileNamePattern(pattern)
		.map((part) => {
			if (part.kind === "date") return sanitizeFileName(formatMoment(context.moment, part.format, context.language), changes, true);
			if (part.kind === "text") return sanitizeFileName(part.text, changes, true);
			const value = resolvePlaceholder(part.name, part.argument, context);
			if (value === undefined) {
				if (!unknown.includes(part.raw)) unknown.push(part.raw);
				return part.raw;
			}
			// A value never makes folders: `AI/ML` is one name.
			return sanitizeFileName(value, changes, false).replace(/\s+/g, " ");
		})
		.join("");
	return { text, unknown, changes };
}
