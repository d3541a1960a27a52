import { isIsoDate } from "../daily/local-date";

/** Who is away on which day, read from the settings' "YYYY-MM-DD:Name" entries. */
export interface AbsenceCalendar {
	isAbsent(date: string, name: string): boolean;
}

export interface ParsedAbsences {
	calendar: AbsenceCalendar;
	/** Entries that are not "YYYY-MM-DD:Name" with a real date; shown to the user, never guessed at. */
	invalidEntries: string[];
}

/** Compares names the way people type them: surrounding spaces and Unicode form do not matter. */
export function normalizeName(name: string): string {
	return name.trim().normalize("NFC");
}

export function parseAbsences(entries: readonly string[]): ParsedAbsences {
	const byDate = new Map<string, Set<string>>();
	const invalidEntries: string[] = [];
	for (const entry of entries) {
		if (entry.trim() === "") continue;
		const colon = entry.indexOf(":");
		const date = colon === -1 ? "" : entry.slice(0, colon).trim();
		const name = colon === -1 ? "" : normalizeName(entry.slice(colon + 1));
		if (!isIsoDate(date) || name === "") {
			invalidEntries.push(entry);
			continue;
		}
		const names = byDate.get(date) ?? new Set<string>();
		names.add(name);
		byDate.set(date, names);
	}
	return {
		calendar: { isAbsent: (date, name) => byDate.get(date)?.has(normalizeName(name)) ?? false },
		invalidEntries,
	};
}

/** Members as the rotation sees them: trimmed, without blanks and without repeats, order kept. */
export function normalizeMembers(members: readonly string[]): string[] {
	const seen = new Set<string>();
	const result: string[] = [];
	for (const member of members) {
		const name = normalizeName(member);
		if (name === "" || seen.has(name)) continue;
		seen.add(name);
		result.push(name);
	}
	return result;
}
