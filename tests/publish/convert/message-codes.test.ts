/** @jest-environment node */
import * as fs from "fs";
import * as path from "path";
import { convertMessages } from "../../../src/i18n/strings/convert";

// Every code the converter can report, read from its source: a new warning without a message in
// both languages fails here, before a user sees a bare code.
const SOURCES = ["src/publish/convert", "src/publish/site"].map((dir) => path.join(__dirname, "../../..", dir));

function reportedCodes(): string[] {
	const codes = new Set<string>();
	for (const dir of SOURCES) {
		for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
			const text = fs.readFileSync(path.join(dir, file), "utf8");
			for (const match of text.matchAll(/warn\([^,]+, (?:[^"]*\? )?"([a-z-]+)"(?: : "([a-z-]+)")?/g)) codes.add(match[1]).add(match[2] ?? match[1]);
			for (const match of text.matchAll(/code: "([a-z-]+)"/g)) codes.add(match[1]);
			for (const match of text.matchAll(/new IdentityError\("([a-z-]+)"/g)) codes.add(match[1]);
		}
	}
	return [...codes].sort();
}

test("the converter's codes are found in its source", () => {
	expect(reportedCodes()).toEqual(expect.arrayContaining(["embed-cycle", "liquid-escaped", "missing-link", "slug-collision", "unpublished-link", "invalid-date", "broken-front-matter"]));
});

test.each(reportedCodes())("%s has an English and a Korean message", (code) => {
	expect(convertMessages.en).toHaveProperty([`convert.${code}`]);
	expect(convertMessages.ko).toHaveProperty([`convert.${code}`]);
});
