import { formatMessage, type MessageParams } from "./format-message";
import { englishMessages, koreanMessages, type MessageKey } from "./messages";

export type { MessageKey, MessageParams };
export type Language = "en" | "ko";
export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** Obsidian reports ISO codes such as "ko" or "en-GB"; anything that is not Korean reads English. */
export function pickLanguage(code: string | null | undefined): Language {
	return code?.toLowerCase().startsWith("ko") ? "ko" : "en";
}

/**
 * Replaces `{name}` with params.name (an unknown name stays visible rather than vanishing), and
 * chooses plural forms and Korean particles (see format-message).
 */
export function interpolate(template: string, params: MessageParams = {}, language: Language = "en"): string {
	return formatMessage(template, params, language);
}

export function createTranslator(language: Language): Translator {
	const messages = language === "ko" ? koreanMessages : englishMessages;
	return (key, params) => (messages[key] === undefined ? interpolate(englishMessages[key] ?? key, params, "en") : interpolate(messages[key], params, language));
}
