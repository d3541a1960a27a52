/**
 * Runs the screenshot scripts of the README's pictures and checks what they drew: the settings tab
 * and the publish button from the built main.js in Debian's headless Chromium (its requests
 * answered by the local GitHub test server), and a published day note built by the real Jekyll.
 * Fails, never skips, when Chromium, Jekyll, faketime or a Korean font is missing.
 * `npm test` builds main.js and dist/cli.js first.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface PublishPictures {
	settings: { headings: string[]; result: string; file: string };
	publish: { notices: string[]; status: string[]; commits: number; file: string };
}
interface PostPicture {
	url: string;
	title: string;
	headings: string[];
	file: string;
}

function run<Summary>(script: string, out: string): Summary {
	const stdout = execFileSync(process.execPath, [script, "--out", out], { encoding: "utf8", timeout: 150_000 });
	return JSON.parse(stdout.trim().split("\n").at(-1)!) as Summary;
}

let out: string;
beforeEach(() => (out = mkdtempSync(join(tmpdir(), "learning-log-pictures-"))));
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe("the README's pictures", () => {
	test("the settings tab after Test connection, and the publish button's one commit and live notice", () => {
		const summary = run<PublishPictures>("scripts/screenshot-publish.mjs", out);
		expect(summary.settings.headings).toEqual(["Bootcamp days", "Learning log view", "Publishing", "GitHub", "Team and topics"]);
		expect(summary.settings.result).toBe("Connected to octocat/octocat.github.io, branch main. The token can write.");
		expect(pngSize(summary.settings.file).width).toBe(1080);

		expect(summary.publish.commits).toBe(1);
		expect(summary.publish.notices.at(-1)).toBe("Your post is live: https://octocat.github.io/boostcourse/boostcourse-day9-학습기록/");
		expect(summary.publish.notices).toContainEqual(expect.stringMatching(/^Published 11 notes: 11 files written, 0 unchanged, 0 deleted\./));
		expect(summary.publish.status).toEqual(["Live"]);
		expect(pngSize(summary.publish.file)).toEqual({ width: 1125, height: 650 });
		for (const file of [summary.settings.file, summary.publish.file]) expect(statSync(file).size).toBeLessThan(150_000);
	}, 180_000);

	test("a day note as the blog shows it, published by the command line and built by Jekyll with minima", () => {
		const summary = run<PostPicture>("scripts/screenshot-post.mjs", out);
		expect(summary.url).toBe(`/boostcourse/boostcourse-day8-${encodeURIComponent("학습기록")}/`);
		expect(summary.title).toBe("[boostcourse] Day8 학습기록");
		expect(summary.headings).toEqual(["학습 내용", "피어세션", "특강", "회고"]);
		expect(pngSize(summary.file)).toEqual({ width: 950, height: 1325 });
		expect(statSync(summary.file).size).toBeLessThan(150_000);
	}, 180_000);
});
