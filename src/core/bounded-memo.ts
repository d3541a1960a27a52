/**
 * A text function's answers, kept for the texts asked again (tags, headings and keys recur across
 * thousands of notes). Past `limit` entries they are all forgotten at once, so memory stays bounded
 * however many different texts a vault holds.
 */
export function boundedMemo<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
	const answers = new Map<string, T>();
	return (text) => {
		if (answers.has(text)) return answers.get(text) as T;
		const answer = compute(text);
		if (answers.size >= limit) answers.clear();
		answers.set(text, answer);
		return answer;
	};
}
