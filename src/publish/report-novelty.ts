import type { PublishReport } from "./publish-report";

/** One key per warning, stable across publishes of the same vault. */
export function warningKeys(report: PublishReport): Set<string> {
	const keys = new Set<string>();
	for (const note of report.notes) for (const warning of note.warnings) keys.add(`${note.source}\u0000${JSON.stringify(warning)}`);
	return keys;
}

/**
 * Whether the report has something new to read: a note that failed, or a warning that the
 * previous publish did not give. The same warnings publish after publish do not reopen it.
 */
export function reportHasNews(report: PublishReport, previousWarnings: ReadonlySet<string>): boolean {
	if (report.errors.length > 0) return true;
	for (const key of warningKeys(report)) if (!previousWarnings.has(key)) return true;
	return false;
}
