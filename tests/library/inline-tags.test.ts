import fc from "fast-check";
import { fencedLineReader } from "../../src/core/code-fences";
import { scanInlineTags } from "../../src/library/inline-tags";

/** The scanner written the plain way (comments out, split into lines, spans blanked on every line): the fast one must agree with it. */
function plainScan(body: string): string[] {
	const tags: string[] = [];
	const isFenced = fencedLineReader();
	const text = body.replace(/<!--[\s\S]*?-->/g, " ").replace(/%%[\s\S]*?%%/g, " ");
	for (const line of text.split(/\r?\n/)) {
		if (isFenced(line)) continue;
		for (const match of line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, (span) => " ".repeat(span.length)).matchAll(/(^|[\s(,])#([\p{L}\p{N}_/-]+)/gu)) {
			const tag = match[2].replace(/\/+$/, "");
			if (tag !== "" && !/^[\d/]+$/.test(tag)) tags.push(tag);
		}
	}
	return tags;
}

// Pieces that matter to the scanner, so random notes hit fences, spans, comments and tags often.
const piece = fc.constantFrom("#", "#tag", "#ai/vision", "#1", "#질문/", " ", "(", ",", "x", "\n", "\r\n", "\r", "`", "``", "```", "~~~", "````", "   ```", "    ```", "<!--", "-->", "%%", "%", "<!-", "--", "# ", "## h");

describe("inline tag scanner", () => {
	test("finds tags in prose, not in code, comments, headings or numbers", () => {
		const body = [
			"# Heading is not a tag",
			"오늘은 #ai/vision 공부 (#질문거리) and #1 issue",
			"`#notatag` in a span, ``#also `not` `` here",
			"```python",
			"# #notatag 는 주석",
			"```",
			"<!-- #hidden -->",
			"~~~~",
			"#fenced",
			"~~~~",
			"end #done/",
		].join("\n");
		expect(scanInlineTags(body)).toEqual(["ai/vision", "질문거리", "done"]);
		expect(scanInlineTags(body.replace(/\n/g, "\r\n"))).toEqual(["ai/vision", "질문거리", "done"]);
	});

	test("a fence left open hides the rest of the note; a closing fence must be as long as the opening", () => {
		expect(scanInlineTags("#a\n````\n#b\n```\n#c\n````\n#d")).toEqual(["a", "d"]);
		expect(scanInlineTags("#a\n```\n#b")).toEqual(["a"]);
	});

	test("comments are blanked as one space each: lines around one that spans lines join, `%%` inside an HTML comment is gone", () => {
		expect(scanInlineTags("a <!-- x\n y -->#joined")).toEqual(["joined"]);
		expect(scanInlineTags("x<!--\n```\n-->#after\n#next")).toEqual(["after", "next"]);
		expect(scanInlineTags("%% <!-- %% --> #in %%\n#out")).toEqual(["out"]);
		expect(scanInlineTags("<!-- %% -->#a %% #b")).toEqual(["a", "b"]);
		// An HTML comment never closed is no comment.
		expect(scanInlineTags("#a %% #b\n#c %% #d <!-- #e")).toEqual(["a", "d", "e"]);
	});

	test("finds exactly what the plain line-by-line scan finds, on any text", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 60 }), (pieces) => {
				const body = pieces.join("");
				expect(scanInlineTags(body)).toEqual(plainScan(body));
			}),
			{ numRuns: 3000 },
		);
	});
});
