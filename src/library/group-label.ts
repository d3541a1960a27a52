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
	const given = label.params ?? {};
	// for…in, not Object.entries: no pair arrays for each of the thousands of labels of a tree.
	for (const name in given) {
		const value = given[name];
		params[name] = typeof value === "object" ? labelText(value, t) : value;
	}
	return t(label.key, params);
}
