// The small message syntax of src/i18n/strings:
//   {name}                                  the parameter's value
//   {count, plural, one {# note} other {# notes}}
//                                           a form chosen by Intl.PluralRules for the language
//                                           (also `=0 {…}` for an exact number); `#` is the number
//   {을/를} {은/는} {이/가} {으로/로} …       the Korean particle that fits what was written just before
//   {{course}}                              written as it is: the placeholders of the user's templates
import { boundedMemo } from "../core/bounded-memo";
import { isParticlePair, particleAfter } from "./korean-particles";

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

function formatWith(template: string, params: MessageParams, language: string, before: string): string {
	let out = "";
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf("{", i);
		if (open < 0) {
			out += template.slice(i);
			break;
		}
		out += template.slice(i, open);
		if (template[open + 1] === "{") {
			// A user-template placeholder such as {{course}}: shown as it is.
			const end = template.indexOf("}}", open);
			const stop = end < 0 ? template.length : end + 2;
			out += template.slice(open, stop);
			i = stop;
			continue;
		}
		const end = closingBrace(template, open);
		if (end < 0) {
			out += template.slice(open);
			break;
		}
		const whole = template.slice(open, end);
		const inner = whole.slice(1, -1);
		const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
		if (plural) out += formatPlural(plural[1], plural[2], params, language, whole, before + out);
		else if (isParticlePair(inner)) out += particleAfter(before + out, inner);
		else if (/^\w+$/.test(inner) && inner in params) out += String(params[inner]);
		else out += whole; // an unknown name stays visible rather than vanishing
		i = end;
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
