import type { MessageKey, Translator } from "../i18n/translator";

/**
 * A group's label as pure code can say it: literal text (a category or tag name) or a message key
 * with parameters, translated by whoever shows it. Parameters may be labels themselves
 * (a weekday name inside a day label).
 */
export type GroupLabel = { text: string } | { key: MessageKey; params?: Record<string, string | number | GroupLabel> };

export function labelText(label: GroupLabel, t: Translator): string {
	if ("text" in label) return label.text;
	const params: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(label.params ?? {})) {
		params[name] = typeof value === "object" ? labelText(value, t) : value;
	}
	return t(label.key, params);
}
