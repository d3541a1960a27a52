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

/**
 * Notes offered while the template path is typed: those whose path holds the text (any case),
 * names starting with it first. Written without `.md`, as Obsidian's Daily notes stores them.
 */
export function templateSuggestions(markdownPaths: readonly string[], query: string, limit = 20): string[] {
	const wanted = query.trim().replace(/\.md$/i, "").toLowerCase();
	const name = (path: string) => path.slice(path.lastIndexOf("/") + 1).toLowerCase();
	return markdownPaths
		.map((path) => path.replace(/\.md$/i, ""))
		.filter((path) => path.toLowerCase().includes(wanted))
		.sort((a, b) => Number(!name(a).startsWith(wanted)) - Number(!name(b).startsWith(wanted)) || a.localeCompare(b))
		.slice(0, limit);
}
