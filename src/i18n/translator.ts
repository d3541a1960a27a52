import { englishMessages, koreanMessages, type MessageKey } from "./messages";

export type { MessageKey };
export type Language = "en" | "ko";
export type MessageParams = Record<string, string | number>;
export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** Obsidian reports ISO codes such as "ko" or "en-GB"; anything that is not Korean reads English. */
export function pickLanguage(code: string | null | undefined): Language {
	return code?.toLowerCase().startsWith("ko") ? "ko" : "en";
}

/** Replaces `{name}` with params.name; an unknown name stays visible rather than vanishing. */
export function interpolate(template: string, params: MessageParams = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

export function createTranslator(language: Language): Translator {
	const messages = language === "ko" ? koreanMessages : englishMessages;
	return (key, params) => interpolate(messages[key] ?? englishMessages[key] ?? key, params);
}
