// The small message syntax of src/i18n/strings:
//   {name}                                  the parameter's value
//   {count, plural, one {# note} other {# notes}}
//                                           a form chosen by Intl.PluralRules for the language
//                                           (also `=0 {…}` for an exact number); `#` is the number
//   {을/를} {은/는} {이/가} {으로/로} …       the Korean particle that fits what was written just before
//   {{course}}                              written as it is: the placeholders of the user's templates
import { boundedMemo } from "../core/bounded-memo";
import { isParticlePair, particleAfter, type ParticlePair } from "./korean-particles";

export type MessageParams = Record<string, string | number>;

/** The index just after the `}` that closes the `{` at `open`, or -1 when it is never closed. */
function closingBrace(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === "{") depth++;
		else if (text[i] === "}" && --depth === 0) return i + 1;
	}
	return -1;
}

/** `one {…} other {…}` → { one: "…", other: "…" }. */
function readPluralBranches(text: string): Map<string, string> {
	const branches = new Map<string, string>();
	const selector = /\s*(=?\w+)\s*\{/g;
	let match: RegExpExecArray | null;
	while ((match = selector.exec(text)) !== null) {
		const open = match.index + match[0].length - 1;
		const end = closingBrace(text, open);
		if (end < 0) break;
		branches.set(match[1], text.slice(open + 1, end - 1));
		selector.lastIndex = end;
	}
	return branches;
}

// A message is formatted again and again (a warning per note); its branches are read once.
const pluralBranches: (text: string) => ReadonlyMap<string, string> = boundedMemo(readPluralBranches);

// Building plural rules costs far more than choosing with them: one set per language, made once.
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: string, value: number): string {
	let rules = pluralRules.get(language);
	if (!rules) {
		rules = new Intl.PluralRules(language);
		pluralRules.set(language, rules);
	}
	return rules.select(value);
}

function formatPlural(name: string, body: string, params: MessageParams, language: string, whole: string, before: string): string {
	if (!(name in params)) return whole;
	const value = Number(params[name]);
	const branches = pluralBranches(body);
	const chosen = branches.get(`=${value}`) ?? branches.get(pluralCategory(language, value)) ?? branches.get("other");
	if (chosen === undefined) return whole;
	return formatWith(chosen.replace(/#/g, String(params[name])), params, language, before);
}

/** A template cut into its pieces once: literal text, and the `{…}` forms that are filled per call. */
type TemplatePart =
	| string
	| { kind: "param"; name: string; whole: string }
	| { kind: "plural"; name: string; body: string; whole: string }
	| { kind: "particle"; pair: ParticlePair };

function parseTemplate(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let literal = "";
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf("{", i);
		if (open < 0) {
			literal += template.slice(i);
			break;
		}
		literal += template.slice(i, open);
		if (template[open + 1] === "{") {
			// A user-template placeholder such as {{course}}: shown as it is.
			const end = template.indexOf("}}", open);
			const stop = end < 0 ? template.length : end + 2;
			literal += template.slice(open, stop);
			i = stop;
			continue;
		}
		const end = closingBrace(template, open);
		if (end < 0) {
			literal += template.slice(open);
			break;
		}
		const whole = template.slice(open, end);
		const inner = whole.slice(1, -1);
		const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
		let part: TemplatePart | null = null;
		if (plural) part = { kind: "plural", name: plural[1], body: plural[2], whole };
		else if (isParticlePair(inner)) part = { kind: "particle", pair: inner };
		else if (/^\w+$/.test(inner)) part = { kind: "param", name: inner, whole };
		// Anything else stays visible as written rather than vanishing.
		if (part === null) literal += whole;
		else {
			if (literal !== "") parts.push(literal);
			literal = "";
			parts.push(part);
		}
		i = end;
	}
	if (literal !== "") parts.push(literal);
	return parts;
}

// The same few messages are filled thousands of times (a label per group of a 10,000-note tree):
// each is cut into its parts once.
const templateParts: (template: string) => readonly TemplatePart[] = boundedMemo(parseTemplate);

function formatWith(template: string, params: MessageParams, language: string, before: string): string {
	let out = "";
	for (const part of templateParts(template)) {
		if (typeof part === "string") out += part;
		else if (part.kind === "param") out += part.name in params ? String(params[part.name]) : part.whole; // an unknown name stays visible
		else if (part.kind === "plural") out += formatPlural(part.name, part.body, params, language, part.whole, before + out);
		else out += particleAfter(before + out, part.pair);
	}
	return out;
}

/** Fills `template` (see the syntax above) for `language` ("en", "ko"). */
export function formatMessage(template: string, params: MessageParams = {}, language = "en"): string {
	return formatWith(template, params, language, "");
}

/** The parameter names a template uses, plural selectors included, `{{…}}` left out. */
export function placeholderNames(template: string): string[] {
	const names = new Set<string>();
	const withoutUserPlaceholders = template.replace(/\{\{[^}]*\}\}/g, "");
	for (const match of withoutUserPlaceholders.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,|\})/g)) names.add(match[1]);
	return [...names].sort();
}
