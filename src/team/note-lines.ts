import { fencedLineReader } from "../core/code-fences";

/** A note split into lines that keep their own line endings, so joining them gives the note back. */
export interface NoteLine {
	/** The line without its ending. */
	text: string;
	/** "\n", "\r\n" or "" for a last line without ending. */
	eol: string;
	/** Offset of the line's first character in the note. */
	offset: number;
	/** Inside front matter or a fenced code block: never read as structure. */
	literal: boolean;
}

export function splitNoteLines(text: string): NoteLine[] {
	const lines: NoteLine[] = [];
	const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		if (match[0] === "" && match.index >= text.length) break;
		lines.push({ text: match[1], eol: match[2], offset: match.index, literal: false });
	}
	markLiteralLines(lines);
	return lines;
}

function markLiteralLines(lines: NoteLine[]): void {
	let index = 0;
	if (lines[0]?.text === "---") {
		const close = lines.findIndex((line, i) => i > 0 && (line.text === "---" || line.text === "..."));
		if (close !== -1) {
			for (; index <= close; index++) lines[index].literal = true;
		}
	}
	const isFenced = fencedLineReader();
	for (; index < lines.length; index++) {
		if (isFenced(lines[index].text)) lines[index].literal = true;
	}
}

/** The line ending the note mostly uses, so inserted lines match the user's. */
export function dominantEol(text: string): string {
	const crlf = (text.match(/\r\n/g) ?? []).length;
	const lf = (text.match(/\n/g) ?? []).length - crlf;
	return crlf > lf ? "\r\n" : "\n";
}
