import fc from "fast-check";
import { linkTextFor, putTopicsBlock, renderTopicsBlock, TOPICS_BLOCK_END, TOPICS_BLOCK_START } from "../../src/team/topics-block";

const note = [
	"---",
	'title: "[boostcourse] Day7 학습기록"',
	"---",
	"",
	"## 학습 내용",
	"",
	"- 오늘 배운 것: 옵티마이저  ",
	"",
	"## 회고",
	"",
	"좋았다.",
	"",
].join("\n");

describe("the topics block in a day note", () => {
	test("goes under the 학습 내용 heading when the note has no block yet", () => {
		const result = putTopicsBlock(note, ["Optimization", "Gradient Descent"]);
		expect(result.status).toBe("inserted-under-heading");
		expect(result.text).toBe(
			note.replace(
				"## 학습 내용\n",
				`## 학습 내용\n\n${TOPICS_BLOCK_START}\n- [[Optimization]]\n- [[Gradient Descent]]\n\n${TOPICS_BLOCK_END}\n`,
			),
		);
	});

	test("links a topic whose name would break a wiki-link with a markdown link to the same note", () => {
		const block = renderTopicsBlock(["C# 기초", "Day1 [x]", "CS/운영체제/Lock ^1"]);
		expect(block).toBe(
			[
				TOPICS_BLOCK_START,
				"- [C# 기초](C%23%20기초.md)",
				"- [Day1 \\[x\\]](Day1%20%5Bx%5D.md)",
				"- [Lock ^1](CS/운영체제/Lock%20%5E1.md)",
				"",
				TOPICS_BLOCK_END,
			].join("\n"),
		);
	});

	test("goes under the English heading too, and at the end when there is no such heading", () => {
		expect(putTopicsBlock("# Day\n\n## What I learned\n- x\n", ["A"]).text).toBe(
			`# Day\n\n## What I learned\n\n${TOPICS_BLOCK_START}\n- [[A]]\n\n${TOPICS_BLOCK_END}\n\n- x\n`,
		);
		const appended = putTopicsBlock("Just text", ["A"]);
		expect(appended).toEqual({ status: "appended", text: `Just text\n\n${renderTopicsBlock(["A"])}\n` });
		expect(putTopicsBlock("Text\n", ["A"]).text).toBe(`Text\n\n${renderTopicsBlock(["A"])}\n`);
	});

	test("a second run changes nothing, byte for byte", () => {
		const once = putTopicsBlock(note, ["Optimization"]).text;
		expect(putTopicsBlock(once, ["Optimization"])).toEqual({ status: "unchanged", text: once });
	});

	test("an update rewrites only the block; the user's lines around it survive byte for byte", () => {
		const before = "## 학습 내용\n\n내가 쓴 줄 \t\n" + renderTopicsBlock(["Old"]) + "\n  - 들여쓴 내 메모\n\n끝";
		const result = putTopicsBlock(before, ["New", "Newer"]);
		expect(result.status).toBe("updated");
		expect(result.text).toBe("## 학습 내용\n\n내가 쓴 줄 \t\n" + renderTopicsBlock(["New", "Newer"]) + "\n  - 들여쓴 내 메모\n\n끝");
	});

	test("Windows line endings are kept, also inside the block", () => {
		const crlf = note.replace(/\n/g, "\r\n");
		const result = putTopicsBlock(crlf, ["A", "B"]);
		expect(result.text).not.toMatch(/[^\r]\n/);
		expect(putTopicsBlock(result.text, ["A", "B"]).status).toBe("unchanged");
		expect(putTopicsBlock(result.text, ["C"]).text).toBe(crlf.replace("## 학습 내용\r\n", `## 학습 내용\r\n\r\n${renderTopicsBlock(["C"], "\r\n")}\r\n`));
	});

	test("markers and headings inside code blocks are not the block", () => {
		const text = "## 학습 내용\n\n```md\n" + renderTopicsBlock(["Example"]) + "\n## 학습 내용\n```\n";
		const result = putTopicsBlock(text, ["Real"]);
		expect(result.status).toBe("inserted-under-heading");
		expect(result.text).toBe(`## 학습 내용\n\n${renderTopicsBlock(["Real"])}\n\n\`\`\`md\n${renderTopicsBlock(["Example"])}\n## 학습 내용\n\`\`\`\n`);
	});

	test("a block with a lost marker is left alone and reported", () => {
		for (const broken of [`${TOPICS_BLOCK_START}\n- [[A]]\n`, `- [[A]]\n${TOPICS_BLOCK_END}\n`]) {
			expect(putTopicsBlock(broken, ["B"])).toEqual({ status: "broken-block", text: broken });
		}
	});

	test("an empty day keeps an empty block that later runs can fill", () => {
		const empty = putTopicsBlock("## 학습 내용\n", []).text;
		expect(empty).toBe(`## 학습 내용\n\n${TOPICS_BLOCK_START}\n${TOPICS_BLOCK_END}\n`);
		expect(putTopicsBlock(empty, ["A"]).text).toBe(`## 학습 내용\n\n${renderTopicsBlock(["A"])}\n`);
	});

	test("property: whatever surrounds the block survives, and a second run is a no-op", () => {
		// Any line except line breaks, the markers themselves, and code fences or front-matter fences
		// (which would rightly turn the markers into literal text).
		const line = fc
			.string()
			.filter((text) => !/[\r\n]/.test(text) && !text.includes("learning-log:topics") && !/^ {0,3}(`{3}|~{3}|---|\.\.\.)/.test(text));
		const userText = fc.array(line, { maxLength: 6 }).map((lines) => lines.join("\n"));
		const links = fc.array(fc.string({ minLength: 1 }).filter((text) => !/[\r\n\]]/.test(text)), { maxLength: 4 });
		fc.assert(
			fc.property(userText, userText, links, links, (before, after, first, second) => {
				const text = `${before}\n${renderTopicsBlock(first)}\n${after}`;
				const once = putTopicsBlock(text, second);
				expect(once.text).toBe(`${before}\n${renderTopicsBlock(second)}\n${after}`);
				expect(putTopicsBlock(once.text, second)).toEqual({ status: "unchanged", text: once.text });
			}),
		);
	});
});

describe("topic link texts", () => {
	const paths = ["topics/Optimization.md", "topics/Computer Science/Big-O 표기법.md", "a/Notes.md", "b/Notes.md"];
	test("the note's name when it is unique, its path when names repeat", () => {
		expect(linkTextFor("topics/Optimization.md", paths)).toBe("Optimization");
		expect(linkTextFor("topics/Computer Science/Big-O 표기법.md", paths)).toBe("Big-O 표기법");
		expect(linkTextFor("a/Notes.md", paths)).toBe("a/Notes");
	});
});
