import { parseFileNamePattern, renderFileNamePattern } from "../../src/daily/file-name-pattern";
import type { PlaceholderContext } from "../../src/daily/placeholders";

const context: PlaceholderContext = {
	language: "ko",
	course: "boostcourse",
	day: 13,
	moment: new Date(2021, 7, 18, 9, 0),
	now: new Date(2021, 7, 18, 9, 0),
	title: "[boostcourse] Day13 학습기록",
};

describe("a file-name pattern", () => {
	test("the vault's own naming: brackets around a placeholder are the user's, words that are not dates stay", () => {
		const rendered = renderFileNamePattern("YYYY-MM-DD [{{course}}] Day{{day}} 학습기록", context);
		// Links cannot hold brackets: they become parentheses, and the user is told.
		expect(rendered.text).toBe("2021-08-18 (boostcourse) Day13 학습기록");
		expect(rendered.changes).toEqual({ replaced: ["[", "]"], dropped: [] });
		expect(rendered.unknown).toEqual([]);
	});

	test("a literal [ ] never turns into date tokens, and text inside brackets is kept as in Daily notes", () => {
		expect(renderFileNamePattern("YYYY-MM-DD [Day]{{day}}", context).text).toBe("2021-08-18 Day13");
		expect(renderFileNamePattern("[dddd] dddd", { ...context, language: "en" }).text).toBe("dddd Wednesday");
		expect(renderFileNamePattern("[{{course}} YYYY] YYYY", context).text).toBe("(boostcourse YYYY) 2021");
		expect(parseFileNamePattern("[{{course}}]")).toEqual([
			{ kind: "text", text: "[" },
			{ kind: "placeholder", raw: "{{course}}", name: "course", argument: null },
			{ kind: "text", text: "]" },
		]);
	});

	test("moment formats as Daily notes writes them still give the same names", () => {
		const en = { ...context, language: "en" as const };
		expect(renderFileNamePattern("YYYY-MM-DD", en).text).toBe("2021-08-18");
		expect(renderFileNamePattern("YYYYMMDD", en).text).toBe("20210818");
		expect(renderFileNamePattern("YYYY/MM/YYYY-MM-DD ddd", en).text).toBe("2021/08/2021-08-18 Wed");
		expect(renderFileNamePattern("gggg-[W]ww", en).text).toBe("2021-W34");
		expect(renderFileNamePattern("Do MMMM YYYY", en).text).toBe("18th August 2021");
		expect(renderFileNamePattern("YYYY-MM-DDTHH", en).text).toBe("2021-08-18T09");
		expect(renderFileNamePattern("YYYY년 M월 D일", context).text).toBe("2021년 8월 18일");
	});

	test("characters that break links or file systems are replaced or left out, and named", () => {
		const rendered = renderFileNamePattern("YYYY-MM-DD {{title}} [#1] [a|b]", { ...context, title: 'AI: "ML" / [x]?' });
		expect(rendered.text).toBe("2021-08-18 AI ML (x) 1 ab");
		expect(rendered.changes).toEqual({ replaced: ["[", "]"], dropped: [":", '"', "/", "?", "#", "|"] });
	});

	test("an unknown placeholder stays visible and is reported", () => {
		expect(renderFileNamePattern("YYYY {{weather}}", context)).toMatchObject({ text: "2021 {{weather}}", unknown: ["{{weather}}"] });
	});
});
