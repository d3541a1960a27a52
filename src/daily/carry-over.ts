/**
 * Unchecked tasks (`- [ ] …`) of a note, outside code blocks, as top-level list items. Checked
 * ones (`[x]`, and Obsidian's other statuses such as `[-]` or `[>]`) stay behind. The previous
 * note is only read, never changed.
 */
export function uncheckedTasks(text: string): string[] {
	const tasks: string[] = [];
	let fence: string | null = null;
	const lines = text.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, "").split(/\r?\n/);
	for (const line of lines) {
		const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fenceMatch) {
			const marker = fenceMatch[1];
			if (fence === null) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const task = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]\s+(\S.*)$/.exec(line);
		if (task) tasks.push(`- [ ] ${task[1].trimEnd()}`);
	}
	return tasks;
}

/** Headings of the section that receives carried-over tasks when the template has no `{{tasks}}`. */
export const CARRIED_TASKS_HEADING = { en: "Carried over", ko: "이어서 할 일" } as const;

/** Appends a section with the tasks at the end of a note body. */
export function appendTaskSection(body: string, tasks: readonly string[], heading: string): string {
	if (tasks.length === 0) return body;
	const trimmed = body.replace(/\s+$/, "");
	return `${trimmed}${trimmed ? "\n\n" : ""}## ${heading}\n\n${tasks.join("\n")}\n`;
}
