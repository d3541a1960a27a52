import type { MessageKey } from "../i18n/translator";
import type { GroupingMode } from "./library-settings";
import type { GroupLabel } from "./group-label";
import type { NoteFacts } from "./note-facts";
import { dayNumber, weekdayOfDayNumber } from "./day-numbers";
import { weekOfDate, type WeekRule } from "./weeks";

/** How a group sorts among its siblings. */
export type GroupOrder = { kind: "text"; text: string } | { kind: "date"; value: number } | { kind: "last" };

/** One level of a group path: `segment` is unique among siblings and stable (collapse state keys on it). */
export interface GroupKey {
	segment: string;
	label: GroupLabel;
	order: GroupOrder;
}

/** Where a note sits: one path from the top group down to the group that lists it. */
export type GroupPath = GroupKey[];

/** The path of a category or tag (an index passes a memoised one: many notes share a tag). */
export type NestedPaths = (prefix: string, value: string) => GroupPath;

const NO_CATEGORY: GroupKey = { segment: "none", label: { key: "library.group.uncategorised" }, order: { kind: "last" } };
const NO_TAGS: GroupKey = { segment: "none", label: { key: "library.group.noTags" }, order: { kind: "last" } };

/** `ai/vision` under `t:` → the `ai` group, then `vision` in it. */
export function nestedPath(prefix: string, value: string): GroupPath {
	return value.split("/").map((name) => ({ segment: `${prefix}${name}`, label: { text: name }, order: { kind: "text", text: name } }));
}

function nestedPaths(values: string[], prefix: string, none: GroupKey, nested: NestedPaths): GroupPath[] {
	if (values.length === 0) return [[none]];
	return values.map((value) => nested(prefix, value));
}

function numericDay(day: string): number {
	return Number(day.replace(/-/g, ""));
}

// Days are split by index, not by destructuring a mapped array: an index build does this for
// every day of the vault, mostly before the code is optimised, where destructuring is slow.
function shortDay(day: string): string {
	const parts = day.split("-");
	return `${Number(parts[1])}/${Number(parts[2])}`;
}

function weekKey(year: number, month: number, date: number, rule: WeekRule): GroupKey {
	const week = weekOfDate(year, month, date, rule);
	const label: GroupLabel =
		week.weekYear === year
			? { key: "library.group.week", params: { week: week.week, start: shortDay(week.start), end: shortDay(week.end) } }
			: {
					key: "library.group.weekOfYear",
					params: { week: week.week, weekYear: week.weekYear, start: shortDay(week.start), end: shortDay(week.end) },
				};
	return { segment: `w${week.weekYear}-${week.week}`, label, order: { kind: "date", value: numericDay(week.start) } };
}

/**
 * Week keys kept across datePath calls under one week rule: the days of a week share theirs
 * (an index build asks for every day of the vault). Keyed by the week's first day and the day's
 * calendar year, as a week across New Year is labelled with its year only under the other one.
 */
export type WeekKeys = Map<number, GroupKey>;

/** Year → month → week → day. A week that spans two months shows under both. */
export function datePath(day: string, rule: WeekRule, weekKeys?: WeekKeys): GroupPath {
	const parts = day.split("-");
	const year = Number(parts[0]);
	const month = Number(parts[1]);
	const date = Number(parts[2]);
	const number = dayNumber(year, month, date);
	const weekday = weekdayOfDayNumber(number);
	// A `YYYY` year is below 10,000: the pair makes one number.
	const weekId = (number - ((weekday - rule.weekStartsOn + 7) % 7)) * 10_000 + year;
	let week = weekKeys?.get(weekId);
	if (!week) {
		week = weekKey(year, month, date, rule);
		weekKeys?.set(weekId, week);
	}
	return [
		{ segment: `y${year}`, label: { text: String(year) }, order: { kind: "date", value: year } },
		{
			segment: `m${month}`,
			label: { key: "library.group.month", params: { year, monthName: { key: `library.month.${month}` as MessageKey } } },
			order: { kind: "date", value: month },
		},
		week,
		{
			segment: `d${date}`,
			label: { key: "library.group.day", params: { month, day: date, weekday: { key: `library.weekday.${weekday}` as MessageKey } } },
			order: { kind: "date", value: date },
		},
	];
}

/**
 * Every path a note is listed under in a grouping mode (a note with two tags sits in both).
 * `dates` gives the date path of a day and `nested` the path of a category or tag; an index
 * passes memoised ones (many notes share a day, a tag). Group keys are never changed once made.
 */
export function groupPathsOf(
	facts: NoteFacts,
	mode: GroupingMode,
	rule: WeekRule,
	dates: (day: string) => GroupPath = (day) => datePath(day, rule),
	nested: NestedPaths = nestedPath,
): GroupPath[] {
	switch (mode) {
		case "category":
			return nestedPaths(facts.categories, "c:", NO_CATEGORY, nested);
		case "tag":
			return nestedPaths(facts.tags, "t:", NO_TAGS, nested);
		case "date":
			return [dates(facts.day)];
		case "category-date":
			return nestedPaths(facts.categories, "c:", NO_CATEGORY, nested).map((path) => [...path, ...dates(facts.day)]);
		case "tag-date":
			return nestedPaths(facts.tags, "t:", NO_TAGS, nested).map((path) => [...path, ...dates(facts.day)]);
	}
}

export const GROUPING_MODES: readonly GroupingMode[] = ["category", "tag", "date", "category-date", "tag-date"];
