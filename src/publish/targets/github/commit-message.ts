export interface CommitCounts {
	written: number;
	deleted: number;
	unchanged: number;
}

/**
 * Fills `{{written}}`, `{{deleted}}`, `{{unchanged}}` and `{{total}}` in the user's commit
 * message template. Unknown placeholders stay as written, so a typo shows in the commit.
 */
export function renderCommitMessage(template: string, counts: CommitCounts): string {
	const values: Record<string, number> = { ...counts, total: counts.written + counts.deleted };
	const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
	return message.trim() === "" ? `Publish from Learning Log: ${counts.written} written, ${counts.deleted} deleted` : message;
}
