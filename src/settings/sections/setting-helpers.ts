/** Text-area lines as a list: one entry per non-empty line. */
export function linesOf(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== "");
}

/** "a, b, ,c" → ["a", "b", "c"]: one entry per non-empty comma-separated item. */
export function commaListOf(text: string): string[] {
	return text
		.split(",")
		.map((item) => item.trim())
		.filter((item) => item !== "");
}
