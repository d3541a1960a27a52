import { englishMessages, koreanMessages } from "../../src/i18n/messages";
import { placeholderNames } from "../../src/i18n/format-message";
import { createTranslator, interpolate, pickLanguage } from "../../src/i18n/translator";

describe("messages", () => {
	test("Korean has exactly the English keys, none empty", () => {
		expect(Object.keys(koreanMessages).sort()).toEqual(Object.keys(englishMessages).sort());
		for (const [key, text] of Object.entries(koreanMessages)) expect([key, text.trim().length > 0]).toEqual([key, true]);
		for (const [key, text] of Object.entries(englishMessages)) expect([key, text.trim().length > 0]).toEqual([key, true]);
	});

	test("both languages use the same placeholders in every message", () => {
		const names = placeholderNames;
		for (const key of Object.keys(englishMessages) as Array<keyof typeof englishMessages>) {
			expect([key, names(koreanMessages[key])]).toEqual([key, names(englishMessages[key])]);
		}
	});
});

describe("translator", () => {
	test("picks Korean for ko codes and English otherwise", () => {
		expect(pickLanguage("ko")).toBe("ko");
		expect(pickLanguage("ko-KR")).toBe("ko");
		expect(pickLanguage("en-GB")).toBe("en");
		expect(pickLanguage("ja")).toBe("en");
		expect(pickLanguage(undefined)).toBe("en");
	});

	test("fills parameters and leaves unknown ones visible", () => {
		expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
		const t = createTranslator("ko");
		expect(t("common.settingsInvalid", { keys: "daily.folder" })).toContain("daily.folder");
		expect(createTranslator("en")("common.cancel")).toBe("Cancel");
		expect(t("common.cancel")).toBe("취소");
	});
});
