import { format as formatDate, type Locale } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { ko } from "date-fns/locale/ko";

/**
 * Obsidian's core plugins (Daily notes, Templates) take moment.js formats such as `YYYY-MM-DD`;
 * users copy those. date-fns reads the same letters differently (`YYYY` is the week-year, `DD` the
 * day of the year, unknown letters throw), so formats are translated token by token.
 */
export type FormatLanguage = "en" | "ko";

export type MomentFormatPart =
	| { kind: "literal"; text: string }
	| { kind: "token"; moment: string; dateFns: string; koreanOrdinal?: KoreanOrdinal }
	// Tokens date-fns has no counterpart for: the 0-based weekday (`d`, `e`), the two-digit ISO
	// week-year (`GG`; date-fns `RR` is not cut to two digits).
	| { kind: "computed"; moment: string };

/** moment's Korean ordinals: `13일`, `8월`, `32주`, a bare `3` for quarters (date-fns: `3번째`). */
interface KoreanOrdinal {
	dateFns: string;
	suffix: string;
}
const KOREAN_ORDINALS: Record<string, KoreanOrdinal> = {
	Qo: { dateFns: "Q", suffix: "" },
	Mo: { dateFns: "M", suffix: "월" },
	Do: { dateFns: "d", suffix: "일" },
	DDDo: { dateFns: "D", suffix: "일" },
	wo: { dateFns: "w", suffix: "주" },
	Wo: { dateFns: "I", suffix: "주" },
};

// moment token → date-fns token. Longest tokens first, so `YYYY` wins over `YY`.
const TOKENS: ReadonlyArray<readonly [string, string]> = [
	["YYYY", "yyyy"],
	["YY", "yy"],
	["Y", "y"],
	["gggg", "YYYY"],
	["gg", "YY"],
	["GGGG", "RRRR"],
	["Qo", "Qo"],
	["wo", "wo"],
	["Wo", "Io"],
	["Q", "Q"],
	["MMMM", "MMMM"],
	["MMM", "MMM"],
	["MM", "MM"],
	["Mo", "Mo"],
	["M", "M"],
	["DDDD", "DDD"],
	["DDDo", "Do"],
	["DDD", "D"],
	["DD", "dd"],
	["Do", "do"],
	["D", "d"],
	["dddd", "EEEE"],
	["ddd", "EEE"],
	["dd", "EEEEEE"],
	["E", "i"],
	["ww", "ww"],
	["w", "w"],
	["WW", "II"],
	["W", "I"],
	["HH", "HH"],
	["H", "H"],
	["hh", "hh"],
	["h", "h"],
	["kk", "kk"],
	["k", "k"],
	["mm", "mm"],
	["m", "m"],
	["ss", "ss"],
	["s", "s"],
	["SSS", "SSS"],
	["SS", "SS"],
	["S", "S"],
	["A", "a"],
	["a", "aaa"],
	["ZZ", "xx"],
	["Z", "xxx"],
	["X", "t"],
	["x", "T"],
	// Localised formats: date-fns's closest equivalents.
	["LTS", "pp"],
	["LT", "p"],
	["LLLL", "PPPPp"],
	["LLL", "PPPp"],
	["LL", "PPP"],
	["L", "P"],
];

const COMPUTED_TOKENS = ["GG", "d", "e"];

/** Splits a moment format into literals and tokens; `[text]` and `\x` escape literal text. */
export function parseMomentFormat(pattern: string): MomentFormatPart[] {
	const parts: MomentFormatPart[] = [];
	const pushLiteral = (text: string) => {
		const last = parts[parts.length - 1];
		if (last?.kind === "literal") last.text += text;
		else parts.push({ kind: "literal", text });
	};
	let index = 0;
	while (index < pattern.length) {
		const char = pattern[index];
		if (char === "[") {
			const close = pattern.indexOf("]", index + 1);
			if (close !== -1) {
				pushLiteral(pattern.slice(index + 1, close));
				index = close + 1;
				continue;
			}
		}
		if (char === "\\" && index + 1 < pattern.length) {
			pushLiteral(pattern[index + 1]);
			index += 2;
			continue;
		}
		const token = TOKENS.find(([moment]) => pattern.startsWith(moment, index));
		const computed = COMPUTED_TOKENS.find((moment) => pattern.startsWith(moment, index));
		if (computed && (!token || computed.length >= token[0].length)) {
			parts.push({ kind: "computed", moment: computed });
			index += computed.length;
		} else if (token) {
			parts.push({ kind: "token", moment: token[0], dateFns: token[1], koreanOrdinal: KOREAN_ORDINALS[token[0]] });
			index += token[0].length;
		} else {
			// moment prints letters it does not know as they are; so do we.
			pushLiteral(char);
			index++;
		}
	}
	return parts;
}

function quoteLiteral(text: string): string {
	// date-fns: letters must be quoted, a quote is written twice.
	return /[A-Za-z']/.test(text) ? `'${text.replace(/'/g, "''")}'` : text;
}

/**
 * The date-fns pattern for a moment format, or null when the format uses a token date-fns cannot
 * express (`d`, the weekday as 0–6; `GG`); formatMoment still handles those.
 */
export function momentFormatToDateFns(pattern: string): string | null {
	const parts = parseMomentFormat(pattern);
	if (parts.some((part) => part.kind === "computed")) return null;
	return parts.map((part) => (part.kind === "token" ? part.dateFns : quoteLiteral(part.kind === "literal" ? part.text : ""))).join("");
}

export function localeFor(language: FormatLanguage): Locale {
	return language === "ko" ? ko : enUS;
}

function formatComputed(moment: Date, token: string, options: FormatOptions): string {
	switch (token) {
		case "GG":
			return formatDate(moment, "RRRR", options).slice(-2);
		default:
			// `d` and `e`: Sunday is 0 in both locales we speak.
			return String(moment.getDay());
	}
}

type FormatOptions = Parameters<typeof formatDate>[2];

/** Formats a moment with a moment-style pattern; day and month names follow the language. */
export function formatMoment(moment: Date, pattern: string, language: FormatLanguage): string {
	const options: FormatOptions = {
		locale: localeFor(language),
		useAdditionalWeekYearTokens: true,
		useAdditionalDayOfYearTokens: true,
	};
	return parseMomentFormat(pattern)
		.map((part) => {
			if (part.kind === "literal") return part.text;
			if (part.kind === "computed") return formatComputed(moment, part.moment, options);
			if (language === "ko" && part.koreanOrdinal) {
				return `${formatDate(moment, part.koreanOrdinal.dateFns, options)}${part.koreanOrdinal.suffix}`;
			}
			return formatDate(moment, part.dateFns, options);
		})
		.join("");
}

/** True when the pattern writes at least one date or time token (a folder like `daily` has none). */
export function hasDateTokens(pattern: string): boolean {
	return parseMomentFormat(pattern).some((part) => part.kind !== "literal");
}
