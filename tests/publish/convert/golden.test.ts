import * as fs from "fs";
import * as path from "path";
import { convertMessages } from "../../../src/i18n/strings/convert";
import { caseNames, runGoldenCase } from "./golden-cases";

// UPDATE_GOLDEN=1 rewrites expected files from the converter: review every diff before committing.
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden cases: Obsidian note → Jekyll post", () => {
	test.each(caseNames())("%s", (name) => {
		const { dir, notePath, result } = runGoldenCase(name);
		const post = result.posts.find((item) => item.source === notePath);
		const error = result.errors.find((item) => item.source === notePath);
		const expectedFile = path.join(dir, "expected.md");
		const reportFile = path.join(dir, "report.json");
		const report = { path: post?.path ?? null, url: post?.url ?? null, warnings: post?.warnings ?? [] };
		const actual = post ? post.content : `ERROR ${error?.code ?? "no post"}\n`;
		if (update) {
			fs.writeFileSync(expectedFile, actual);
			fs.writeFileSync(reportFile, `${JSON.stringify(report, null, "\t")}\n`);
		}
		expect(actual).toBe(fs.readFileSync(expectedFile, "utf8"));
		expect(report).toEqual(JSON.parse(fs.readFileSync(reportFile, "utf8")));
	});
});

describe("every warning and error a golden case reports has a message", () => {
	test.each(caseNames())("%s", (name) => {
		const { result } = runGoldenCase(name);
		const codes = [...result.posts.flatMap((post) => post.warnings.map((warning) => warning.code)), ...result.errors.map((error) => error.code)];
		for (const code of codes) {
			expect(convertMessages.en).toHaveProperty([`convert.${code}`]);
			expect(convertMessages.ko).toHaveProperty([`convert.${code}`]);
		}
	});
});
