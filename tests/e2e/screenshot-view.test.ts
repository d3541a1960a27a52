/**
 * Renders the view from the built main.js in Debian's headless Chromium (playwright-core) and
 * checks the screenshots. Fails, never skips, when Chromium or a Korean font is missing.
 * `npm test` builds main.js first.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("screenshots of the learning log view", () => {
	test("light and dark, from the built plugin over the example vault", () => {
		const out = mkdtempSync(join(tmpdir(), "learning-log-shots-"));
		try {
			const stdout = execFileSync(process.execPath, ["scripts/screenshot-view.mjs", "--out", out], { encoding: "utf8", timeout: 120_000 });
			const summary = JSON.parse(stdout.trim().split("\n").at(-1)!);
			for (const theme of ["light", "dark"]) {
				expect(summary[theme].cells).toBe(84);
				expect(summary[theme].rows).toHaveLength(17);
				expect(summary[theme].rows[0]).toBe("boostcourse4");
				expect(summary[theme].rows).toContain("CNN 기초2021-08-11");
				expect(pngSize(summary[theme].file)).toEqual({ width: 680, height: 1440 });
			}
			expect(readFileSync(summary.light.file).equals(readFileSync(summary.dark.file))).toBe(false);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 150_000);
});
