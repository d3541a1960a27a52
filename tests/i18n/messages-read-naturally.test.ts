// Every message, in both languages, filled with sample values — every number once as 1 and once as
// many — must read as a person would write it: no "1 notes", no "5 note", no fallback particle such
// as 을(를) where the right one can be chosen, no placeholder left unfilled.
import { placeholderNames } from "../../src/i18n/format-message";
import { englishMessages, koreanMessages, type MessageKey } from "../../src/i18n/messages";
import { createTranslator, type Language, type MessageParams } from "../../src/i18n/translator";

const NUMBERS = new Set(["count", "total", "done", "notes", "written", "unchanged", "deleted", "days", "day", "depth", "week", "year", "month", "weekYear", "status", "seconds", "minutes", "limit", "max", "size", "line", "lines", "items", "files", "posts", "images", "attempt", "attempts"]);

/** Sample strings whose last sounds cover vowel, ㄹ and other final consonants across the keys. */
const STRINGS: Record<string, string[]> = {
	path: ["daily/2021-08-18.md", "weekly/Week 2.md"],
	date: ["2021-08-13", "2021-08-12"],
	target: ["RNN 기초", "Big-O 표기법", "diagram.png"],
	slug: ["rnn-기초", "big-o-표기법"],
};
const sample = (name: string, variant: number): string | number => {
	if (NUMBERS.has(name)) return variant === 0 ? 1 : 5;
	const choices = STRINGS[name] ?? [`${name} 값`, `${name}-value`];
	return choices[variant % choices.length];
};

/** `{{course}}` and the like are the user's template placeholders, shown as they are on purpose. */
const withoutUserPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, "");

const keys = Object.keys(englishMessages) as MessageKey[];

function renderings(language: Language, key: MessageKey): string[] {
	const t = createTranslator(language);
	const names = placeholderNames(englishMessages[key]);
	return [0, 1, 2].map((variant) => {
		const params: MessageParams = {};
		for (const name of names) params[name] = sample(name, variant);
		return t(key, params);
	});
}

// Nouns the messages count; "5 note" or "1 notes" is wrong for each of them.
const COUNTED = ["note", "file", "day", "piece", "warning", "image", "post", "error", "link", "topic", "member", "week", "request", "commit", "second", "minute", "attempt", "heading", "tag", "categor"];

describe.each(keys)("%s", (key) => {
	test("reads right in English with 1 and with many", () => {
		const [one, many] = renderings("en", key);
		expect(withoutUserPlaceholders(one)).not.toMatch(/\{\w+(, plural[^}]*)?\}/);
		const singularAfterOne = /\b1 (\w+)/g;
		for (const [, word] of one.matchAll(singularAfterOne)) {
			if (COUNTED.some((noun) => word.startsWith(noun))) expect([key, word]).toEqual([key, word.replace(/(ies|s)$/, (end) => (end === "ies" ? "y" : ""))]);
		}
		for (const [, word] of many.matchAll(/\b5 (\w+)/g)) {
			if (COUNTED.some((noun) => word === noun || word === `${noun}y`)) throw new Error(`${key}: "5 ${word}" in "${many}"`);
		}
	});

	test("reads right in Korean, particles chosen", () => {
		for (const text of renderings("ko", key)) {
			expect([key, text]).not.toEqual([key, expect.stringMatching(/을\(를\)|를\(을\)|은\(는\)|는\(은\)|이\(가\)|가\(이\)|\(으\)로|으로\(로\)|과\(와\)|와\(과\)/)]);
			expect([key, withoutUserPlaceholders(text)]).not.toEqual([key, expect.stringMatching(/\{\w+(, plural[^}]*)?\}|\{[^{}/]+\/[^{}]+\}/)]);
		}
	});
});

test("the vault is 보관함 in Korean, never 볼트", () => {
	for (const key of keys) expect([key, koreanMessages[key]]).not.toEqual([key, expect.stringContaining("볼트")]);
});

test("the issue's examples read right", () => {
	const ko = createTranslator("ko");
	const en = createTranslator("en");
	expect(ko("daily.notice.created", { path: "daily/2021-08-18.md" })).toBe("daily/2021-08-18.md를 만들었습니다");
	expect(ko("daily.warning.beforeCourseStart", { date: "2021-08-01", start: "2021-08-02" })).toMatch(/^2021-08-01은 /);
	expect(ko("daily.warning.beforeCourseStart", { date: "2021-07-02", start: "2021-08-02" })).toMatch(/^2021-07-02는 /);
	expect(en("publish.doneErrors", { count: 1 })).not.toMatch(/1 notes|the others/);
	expect(en("convert.liquid-escaped", { count: 1 })).toMatch(/^1 piece /);
});
