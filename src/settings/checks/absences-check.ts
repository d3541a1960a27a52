import { normalizeMembers, normalizeName } from "../../team/absences";

/**
 * Names in the absences ("2021-08-11:김민수") that are not team members: most often a typo, which
 * would silently leave the member in the rotation on that day.
 */
export function unknownAbsentNames(absences: readonly string[], members: readonly string[]): string[] {
	const known = new Set(normalizeMembers(members));
	const unknown: string[] = [];
	for (const entry of absences) {
		const colon = entry.indexOf(":");
		if (colon === -1) continue;
		const name = normalizeName(entry.slice(colon + 1));
		if (name !== "" && !known.has(name) && !unknown.includes(name)) unknown.push(name);
	}
	return unknown;
}
