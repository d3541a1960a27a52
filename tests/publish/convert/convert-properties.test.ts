import fc from "fast-check";
import { convertVault, type ConvertVaultResult } from "../../../src/publish/convert/convert-vault";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";
import { scanBlocks } from "../../../src/publish/convert/scanner";

const settings = DEFAULT_PUBLISH_SETTINGS;
const site = parseSiteConfig(null, settings);
const TIME = Date.UTC(2021, 7, 10, 12);

function convertOne(body: string, others: Record<string, string> = {}): ConvertVaultResult {
	const notes = [
		{ path: "Note.md", text: `---\ndate: 2021-08-10\n---\n${body}`, ctime: TIME, mtime: TIME },
		...Object.entries(others).map(([path, text]) => ({ path, text, ctime: TIME, mtime: TIME })),
	];
	return convertVault({ notes, attachments: ["a.png"], publishedPaths: new Set(notes.map((note) => note.path)), settings, site });
}

function bodyOf(result: ConvertVaultResult): string {
	const post = result.posts.find((item) => item.source === "Note.md");
	if (!post) throw new Error(`no post: ${JSON.stringify(result.errors)}`);
	return post.content.slice(post.content.indexOf("\n---\n") + 5);
}

/** What Liquid prints for our escapes: the text the reader sees. */
function renderedLiquid(text: string): string {
	return text.replace(/\{\{ "(\{\{|\{%)" \}\}/g, "$1");
}

// Pieces of Obsidian and Markdown syntax, glued at random: the converter must cope with any mix.
const fragment = fc.constantFrom(
	"[[", "]]", "![[", "|", "#", "#tag", "^id", "==", "%%", "$", "$$", "`", "```", "~~~", "\n", "\n\n", "> ", "> [!tip] ",
	"- ", "1. ", "    ", "<!--", "-->", "{{", "}}", "{%", "%}", "[x](Note.md)", "![](a.png)", "[[Other#H]]", "## H", "\\", "| a | b |\n|---|---|\n",
	"가격은 $5이고", "text", " ",
);
const obsidianSoup = fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("converter properties", () => {
	test("never throws, and every published note gives a post or a clear error", () => {
		fc.assert(
			fc.property(obsidianSoup, obsidianSoup, (body, other) => {
				const result = convertOne(body, { "Other.md": other });
				expect(result.posts.length + result.errors.length).toBe(2);
			}),
			{ numRuns: 300 },
		);
	});

	// Letters, digits, spaces, newlines and punctuation that means nothing special to Obsidian.
	const plainChar = fc.constantFrom(..."abc XYZ 학습 기록 123 .,;:?()'\"+-*/<>&@\n".split(""));
	test("text with no Obsidian syntax publishes byte for byte", () => {
		fc.assert(
			fc.property(fc.array(plainChar, { maxLength: 200 }), (chars) => {
				const body = chars.join("");
				expect(bodyOf(convertOne(body))).toBe(body);
			}),
			{ numRuns: 300 },
		);
	});

	test("fenced code, indented code and code spans are unchanged except for Liquid protection", () => {
		const codeLine = fc.array(fc.oneof(fragment.filter((item) => !item.includes("\n") && !item.includes("`") && !item.includes("~~~")), fc.string({ maxLength: 5 }).filter((item) => !/[`\n~]/.test(item))), { maxLength: 12 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(fc.array(codeLine, { minLength: 1, maxLength: 5 }), codeLine, (lines, span) => {
				const fenced = `\`\`\`js\n${lines.join("\n")}\n\`\`\`\n`;
				const indented = `\n    ${lines.map((line) => line.replace(/^\s+/, "")).join("\n    ")}\n`;
				const spanText = span.trim() === "" ? "x" : span.trim();
				const inline = `\`\` ${spanText} \`\`\n`;
				const body = `Intro.\n\n${fenced}\n${inline}${indented}`;
				expect(renderedLiquid(bodyOf(convertOne(body)))).toBe(body);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("block scanner", () => {
	test("its blocks, joined, give the text back exactly", () => {
		fc.assert(
			fc.property(obsidianSoup, (text) => {
				expect(scanBlocks(text).flatMap((block) => block.lines).join("")).toBe(text);
			}),
			{ numRuns: 500 },
		);
	});

	test("knows fences of any length and character, indented code, comments and math", () => {
		const text = ["para", "", "````md", "```", "[[x]]", "```", "````", "", "    code [[x]]", "", "<!-- a", "[[x]] -->", "$$", "[[x]]", "$$", "> [!tip]", "> body", "Title", "", "Setext", "===", "| a |", "|---|", "| b |"].join("\n");
		expect(scanBlocks(text).map((block) => `${block.kind}:${block.lines.length}`)).toEqual([
			"prose:2", "fence:5", "prose:1", "indented-code:1", "prose:1", "html-comment:2", "math:3", "quote:2", "prose:2", "heading:2", "table:3",
		]);
	});
});

describe("deep input", () => {
	test("a chain of 2,000 notes each embedding the next stops at a depth limit instead of overflowing", () => {
		const others: Record<string, string> = {};
		for (let index = 0; index < 2000; index++) others[`chain/N${index}.md`] = `---\ndate: 2021-08-01\n---\nStep ${index}\n\n![[N${index + 1}]]\n`;
		const result = convertOne("Start\n\n![[N0]]\n", others);
		const post = result.posts.find((item) => item.source === "Note.md");
		expect(result.errors).toEqual([]);
		expect(post?.content).toContain("Step 9");
		expect(post?.content).not.toContain("Step 10\n");
		expect(post?.warnings).toContainEqual({ code: "embed-too-deep", params: { target: "N10", depth: 10 } });
	});

	test("quotes nested a thousand deep convert without throwing", () => {
		const body = `${">".repeat(1000)} [[Other]] ==deep==\n`;
		expect(bodyOf(convertOne(body, { "Other.md": "---\ndate: 2021-08-01\n---\nx\n" }))).toContain("<mark>deep</mark>");
	});
});
