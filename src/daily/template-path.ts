/**
 * Template paths as users and Obsidian write them: Daily notes stores `Templates/Daily Template`,
 * without `.md`; both forms name the same note.
 */
export function templatePathCandidates(path: string): string[] {
	const trimmed = path.trim().replace(/^\/+/, "");
	if (trimmed === "") return [];
	return /\.md$/i.test(trimmed) ? [trimmed] : [`${trimmed}.md`, trimmed];
}

/** Whether a note is the configured template (which is never a day note nor listed). */
export function isTemplatePath(path: string, templatePath: string): boolean {
	const lower = path.toLowerCase();
	return templatePathCandidates(templatePath).some((candidate) => candidate.toLowerCase() === lower);
}

/** The first candidate that exists, or null. */
export async function resolveTemplatePath(path: string, exists: (path: string) => Promise<boolean>): Promise<string | null> {
	for (const candidate of templatePathCandidates(path)) if (await exists(candidate)) return candidate;
	return null;
}
