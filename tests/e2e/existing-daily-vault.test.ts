import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, relative, resolve } from "path";
import matter from "gray-matter";
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import { App, Notice, Platform, setLanguage } from "../__mocks__/obsidian";
import { runCli } from "../../src/cli/run-cli";
import LearningLogPlugin from "../../src/main";

/**
 * A learner's vault from before Learning Log: core Daily notes (folder `Daily`, template
 * `Templates/Daily Template`, stored without `.md`), twelve numbered weekday notes from 2021-08-02
 * and a weekend review. Nothing of Learning Log is saved. The plugin (desktop and mobile, English
 * and Korean) and the CLI must both give Day13 in `Daily/` on Wednesday 2021-08-18.
 */
const fixture = resolve(__dirname, "../fixtures/existing-daily-vault");
const NOW = new Date("2021-08-18T09:00:00+09:00");
const FILE_TIME = new Date("2021-08-17T22:00:00+09:00").getTime();
const manifest = { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" } as PluginManifest;
const flush = async (rounds = 5) => {
	for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function filesOf(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: "utf8" })
		.filter((path) => statSync(join(root, path)).isFile())
		.map((path) => path.split("\\").join("/"))
		.sort();
}

async function loadFixtureIntoApp(): Promise<App> {
	const app = new App();
	for (const path of filesOf(fixture)) {
		const text = readFileSync(join(fixture, path), "utf8");
		if (path.startsWith(".obsidian/")) app.vault.adapter.writeHidden(path, text);
		else await app.vault.create(path, text, { ctime: FILE_TIME, mtime: FILE_TIME });
	}
	return app;
}

async function startPlugin(app: App): Promise<LearningLogPlugin & { runCommand(id: string): boolean; savedData: unknown }> {
	const plugin = new LearningLogPlugin(app as unknown as ObsidianApp, manifest) as LearningLogPlugin & { runCommand(id: string): boolean; savedData: unknown };
	await plugin.onload();
	app.workspace.finishLayout();
	await plugin.vaultAdoption;
	await flush();
	return plugin;
}

async function cli(args: string[], lang: string) {
	let stdout = "";
	let stderr = "";
	const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: { LANG: lang }, now: () => NOW };
	const code = await runCli(args, io);
	return { code, stdout, stderr };
}

let scratch: string;
beforeEach(() => {
	Notice.shown = [];
	jest.useFakeTimers({ now: NOW, doNotFake: ["setTimeout", "setImmediate", "nextTick", "queueMicrotask"] });
	scratch = mkdtempSync(join(tmpdir(), "learning-log-existing-"));
	cpSync(fixture, scratch, { recursive: true });
});
afterEach(() => {
	jest.useRealTimers();
	rmSync(scratch, { recursive: true, force: true });
	Object.assign(Platform, { isDesktop: true, isMobile: false, isDesktopApp: true, isMobileApp: false });
	setLanguage("en");
});

describe.each([
	["en", "desktop", "en_US.UTF-8"],
	["ko", "desktop", "ko_KR.UTF-8"],
	["en", "mobile", "en_US.UTF-8"],
	["ko", "mobile", "ko_KR.UTF-8"],
])("a Daily notes vault, %s UI on %s", (language, platform, lang) => {
	beforeEach(() => {
		setLanguage(language);
		const mobile = platform === "mobile";
		Object.assign(Platform, { isDesktop: !mobile, isMobile: mobile, isDesktopApp: !mobile, isMobileApp: mobile });
	});

	test("New bootcamp day gives Day13 in Daily/ from the vault's template; the CLI agrees", async () => {
		const app = await loadFixtureIntoApp();
		const plugin = await startPlugin(app);
		// What was found and set is told once, and kept.
		const summary = Notice.shown.join("\n");
		expect(summary).toContain(language === "ko" ? "코어 데일리 노트" : "daily notes core plugin");
		expect(summary).toContain("Daily");
		expect(summary).toContain("2021-08-02");
		expect(plugin.settings.daily).toMatchObject({ folder: "Daily", fileNamePattern: "YYYY-MM-DD", templateSource: "vault-note", templatePath: "Templates/Daily Template" });

		Notice.shown = [];
		expect(plugin.runCommand("new-bootcamp-day")).toBe(true);
		await flush();
		const created = app.vault.getFileByPath("Daily/2021-08-18.md");
		if (!created) throw new Error(`not created; told: ${Notice.shown.join(" | ")}`);
		expect(app.vault.getFiles().filter((file) => file.path.toLowerCase().startsWith("daily/2021-08-18"))).toHaveLength(1);
		const text = await app.vault.read(created);
		const note = matter(text, {});
		expect(note.data.title).toBe("[boostcourse] Day13 학습기록");
		expect(note.data.tags).toEqual(["boostcamp", "학습기록"]);
		// `{{time}}` in the core Templates plugin's own format (templates.json: `A h:mm`).
		expect(note.content).toContain("작성: 2021년 8월 18일 오전 9:00");
		expect(note.content).toContain("## 피어세션");
		expect(text).not.toContain("{{");
		expect(Notice.shown.join("\n")).toContain(language === "ko" ? "Day1은 2021-08-02" : "Day1 is 2021-08-02");

		// Open previous, from the new note, goes to Day12.
		app.workspace.setActiveFile(created);
		const leavesBefore = app.workspace.leaves.length;
		expect(plugin.runCommand("open-previous-bootcamp-day")).toBe(true);
		await flush();
		const opened = app.workspace.leaves.slice(leavesBefore - 1).map((leaf) => leaf.openedFile?.path);
		expect(opened).toContain("Daily/2021-08-17 [boostcourse] Day12 학습기록.md");

		// The CLI on a copy of the same vault writes the same note, byte for byte.
		const fromCli = await cli(["new-day", "--vault", scratch], lang);
		expect(fromCli).toMatchObject({ code: 0, stdout: "Daily/2021-08-18.md\n" });
		expect(readFileSync(join(scratch, "Daily/2021-08-18.md"), "utf8")).toBe(text);

		// Today's topics: the plugin's command and the CLI's update-topics find the same note and write the same.
		expect(plugin.runCommand("update-todays-topics")).toBe(true);
		await flush(20);
		const topicsFromCli = await cli(["update-topics", "--vault", scratch], lang);
		expect(topicsFromCli).toMatchObject({ code: 0, stdout: "Daily/2021-08-18.md\n" });
		expect(readFileSync(join(scratch, "Daily/2021-08-18.md"), "utf8")).toBe(await app.vault.read(created));
	});

	test("the CLI: update-topics finds the existing note, new-week links only the days of week 2, tree leaves the template out", async () => {
		const topics = await cli(["update-topics", "--vault", scratch, "--date", "2021-08-10"], lang);
		expect(topics).toMatchObject({ code: 0, stdout: "Daily/2021-08-10 [boostcourse] Day7 학습기록.md\n" });

		const week = await cli(["new-week", "--vault", scratch, "--date", "2021-08-10"], lang);
		expect(week.code).toBe(0);
		const review = readFileSync(join(scratch, week.stdout.trim()), "utf8");
		const linked = [...review.matchAll(/^- \[\[(\d{4}-\d{2}-\d{2})/gm)].map((match) => match[1]);
		expect(linked).toEqual(["2021-08-09", "2021-08-10", "2021-08-11", "2021-08-12", "2021-08-13"]);
		expect(week.stderr).not.toContain("2021-08-1");

		const tree = await cli(["tree", "--vault", scratch, "--by", "date", "--json"], lang);
		expect(tree.code).toBe(0);
		expect(tree.stdout).not.toContain("Daily Template");
		expect(tree.stdout).toContain("Day12");

		// The plugin makes the same week review.
		const app = await loadFixtureIntoApp();
		const plugin = await startPlugin(app);
		jest.setSystemTime(new Date("2021-08-13T19:00:00+09:00"));
		plugin.runCommand("new-week-review");
		await flush(20);
		const pluginReview = app.vault.getFileByPath(relative(scratch, join(scratch, week.stdout.trim())));
		expect(pluginReview && (await app.vault.read(pluginReview)).replace(/^date: .*$/m, "")).toBe(review.replace(/^date: .*$/m, ""));
		// Its links reach the day notes in Obsidian, brackets in their names and all.
		if (!pluginReview) throw new Error("no week review");
		const links = [...(app.metadataCache.getFileCache(pluginReview)?.links ?? []), ...(app.metadataCache.getFileCache(pluginReview)?.embeds ?? [])];
		const reached = links.map((link) => app.metadataCache.getFirstLinkpathDest(link.link.replace(/#.*$/, ""), pluginReview.path)?.path);
		const weekNotes = ["09 [boostcourse] Day6", "10 [boostcourse] Day7", "11 [boostcourse] Day8", "12 [boostcourse] Day9", "13 [boostcourse] Day10"].map((name) => `Daily/2021-08-${name} 학습기록.md`);
		expect(reached.sort()).toEqual([...weekNotes, ...weekNotes].sort());
	});
});
