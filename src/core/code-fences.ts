/**
 * Fenced code blocks (CommonMark): a line of three or more backticks or tildes, indented at most
 * three spaces, opens one; it closes on a line of the same character, at least as long, with
 * nothing after it. Shared by every reader that must not see structure or tags inside code.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})\s*$/;

/**
 * A reader fed a note's lines in order: true for each line that belongs to a fenced code block,
 * the opening and closing fence lines included.
 */
export function fencedLineReader(): (line: string) => boolean {
	let fence: string | null = null;
	return (line) => {
		if (fence === null) {
			const opening = FENCE.exec(line);
			if (opening) fence = opening[1];
			return opening !== null;
		}
		const closing = CLOSING.exec(line);
		if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = null;
		return true;
	};
}
