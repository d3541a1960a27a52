/**
 * A student's first day with the plugin, on the built main.js in the fake app: enable it, give it
 * the blog's API address in the settings tab, run "New bootcamp day", write in the note, find the
 * note in the learning log view, press the view's publish button, fill the setup it asks for and
 * confirm marking the note, then see the post in a clone of the repository and the notice that
 * the post is live; that evening, add a line and publish again from the status bar (the ribbon
 * icon on a phone); the next morning, a second day note that links back, published from the
 * ribbon. English and Korean, desktop and mobile flags.
 *
 * The GitHub API is the local test server (a real git repository behind it, GitHub Pages building
 * each commit in a few reads); the clock is jest's, so the build follower waits without waiting.
 * `npm test` builds main.js first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, Notice, setLanguage, setRequestTransport, type TFile } from "../__mocks__/obsidian";
import { git } from "../github-server/bare-repo";
import { GitHubTestServer } from "../github-server/github-api-server";
import { diffNames, seed } from "../github-server/harness";
import { requestUrlOverHttp } from "../github-server/request-url-over-http";
import { actAs, loadBuiltPlugin, MANIFEST, resetFakeApp, until } from "./built-plugin";

const TOKEN = "fake-token-firstDayJourneyTokenNeverShown00000000001";
const SITE = "https://octo.github.invalid/blog/";

/** What the user reads on screen, in each language: the test finds the controls by these words. */
const WORDS = {
	en: {
		apiAddress: "API address",
		openView: "Open learning log",
		publish: "Publish to the blog",
		setupTitle: "Set up publishing",
		repository: "Repository",
		save: "Save and publish",
		markOk: "Mark and publish",
		live: "Your post is live:",
		published: "Published",
		changed: "Changed since published",
		status: "Live",
		oneToPublish: "1 to publish",
	},
	ko: {
		apiAddress: "API 주소",
		openView: "학습 기록 열기",
		publish: "블로그에 게시",
		setupTitle: "게시 설정",
		repository: "저장소",
		save: "저장하고 게시",
		markOk: "표시하고 게시",
		live: "글이 게시되었습니다:",
		published: "게시됨",
		changed: "게시 후 수정됨",
		status: "게시됨",
		oneToPublish: "게시할 노트 1개",
	},
};

/**
 * The first heading of the built-in template, which is in the app's language by default (the
 * README's day-note settings: "Template: built-in, in Obsidian's language").
 */
const LEARNED_HEADING = { en: "## What I learned", ko: "## 학습 내용" };
/** What the student writes under the day's first heading: prose, code and a tag. */
const WRITTEN = {
	en: ["Rebasing replays my commits on top of `main`.", "", "```bash", "git rebase -i HEAD~3", "```", "", "#git"],
	ko: ["리베이스는 내 커밋을 `main` 위에 다시 쌓는다.", "", "```bash", "git rebase -i HEAD~3", "```", "", "#git"],
};
/** What the student adds that evening. */
const ADDED = {
	en: "Squash the fixups before the pull request is reviewed.",
	ko: "풀 리퀘스트 리뷰 전에 fixup 커밋을 합친다.",
};

let server: GitHubTestServer | undefined;
let cloneDir: string | undefined;

afterEach(async () => {
	resetFakeApp();
	await server?.close();
	server = undefined;
	if (cloneDir) rmSync(cloneDir, { recursive: true, force: true });
	cloneDir = undefined;
});

/** Types into a text field as the user does: the field's value changes and it hears an input event. */
function type(input: HTMLInputElement, text: string): void {
	input.value = text;
	input.dispatchEvent(new Event("input"));
}

/** The text field of the setting with that name, inside `root`. */
function fieldNamed(root: HTMLElement, name: string): HTMLInputElement {
	const setting = [...root.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const input = setting?.querySelector<HTMLInputElement>(".setting-item-control input");
	if (!input) throw new Error(`No field named ${name}`);
	return input;
}

function buttonLabelled(root: ParentNode, text: string): HTMLButtonElement {
	const button = [...root.querySelectorAll<HTMLButtonElement>("button")].find((el) => el.textContent === text);
	if (!button) throw new Error(`No button ${text}`);
	return button;
}

function learningLogView(app: App): HTMLElement | null {
	return app.workspace.getLeavesOfType("learning-log-view")[0]?.view?.containerEl ?? null;
}

describe.each([
	["desktop", "en"],
	["desktop", "ko"],
	["mobile", "en"],
	["mobile", "ko"],
] as const)("a student's first days with the plugin on %s in %s", (device, language) => {
	test("enable, new bootcamp day, write, find it in the view, publish with the button: the post is in the repository and said to be live; an edit and the next day publish again", async () => {
		// Tuesday 2026-03-10, 10:00 in Seoul (the zone jest's global setup pins).
		jest.useFakeTimers({ now: new Date("2026-03-10T01:00:00Z"), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
		server = await GitHubTestServer.start({ token: TOKEN, pages: { buildType: "legacy", readsToFinish: 3, outcome: "built", htmlUrl: SITE } });
		await seed(server, { "_config.yml": "title: blog\nbaseurl: /blog\npermalink: /:year/:month/:day/:title/\n" });
		setRequestTransport(requestUrlOverHttp);
		setLanguage(language);
		actAs(device);
		Notice.shown.length = 0;
		const words = WORDS[language];

		// Obsidian is open with an empty vault; the student turns the plugin on in its settings.
		const app = new App();
		app.workspace.finishLayout();
		const plugin = new (loadBuiltPlugin())(app, MANIFEST);
		plugin.load();
		await until(() => plugin.commands.length > 0, "the plugin loading");

		// The token goes into Obsidian's secret storage under the name the settings offer; the API
		// address (this test's server) is typed into the settings tab.
		app.secretStorage.setSecret(plugin.settings.github.tokenSecretName, TOKEN);
		const tab = plugin.settingTabs[0];
		tab.display();
		type(fieldNamed(tab.containerEl, words.apiAddress), server.url);

		// "New bootcamp day" from the command palette creates today's note and opens it.
		expect(plugin.runCommand("new-bootcamp-day")).toBe(true);
		await until(() => app.workspace.getActiveFile() !== null, "today's note opening");
		const note: TFile = app.workspace.getActiveFile()!;
		expect(note.path).toBe("daily/2026-03-10.md");

		// The student writes under the first heading; the editor saves through the vault.
		const template = await app.vault.read(note);
		expect(template).toContain(LEARNED_HEADING[language]);
		await app.vault.process(note, (text) => text.replace(`${LEARNED_HEADING[language]}\n`, `${LEARNED_HEADING[language]}\n\n${WRITTEN[language].join("\n")}\n`));

		// The learning log view lists the note; clicking its row opens it.
		const openView = plugin.ribbonIcons.find((el) => el.getAttribute("aria-label") === words.openView)!;
		openView.click();
		await until(() => learningLogView(app)?.querySelector(`.learning-log-note[data-path="${note.path}"]`) != null, "the note in the view");
		const view = learningLogView(app)!;
		const row = view.querySelector<HTMLElement>(`.learning-log-note[data-path="${note.path}"]`)!;
		const title = row.querySelector(".learning-log-title")!.textContent!;
		expect(title).toMatch(/Day ?1/);
		app.workspace.setActiveFile(null); // (so that it is the click that opens it)
		row.click();
		await until(() => app.workspace.getActiveFile() === note, "the note opening from the view");

		// The view's publish button: nothing is set up yet, so it asks for the repository first.
		view.querySelector<HTMLElement>(`.learning-log-publish-button[aria-label="${words.publish}"]`)!.click();
		await until(() => document.querySelector(".learning-log-publish-setup") !== null, "the publishing setup");
		const setup = document.querySelector<HTMLElement>(".learning-log-publish-setup")!;
		type(fieldNamed(setup, words.repository), "octo/blog");
		buttonLabelled(setup, words.save).click();
		// Then it asks once before marking the note for publishing.
		await until(() => document.querySelector(".learning-log-mark-confirm") !== null, "the confirmation");
		buttonLabelled(document, words.markOk).click();
		await until(() => Notice.shown.some((text) => text.startsWith(words.live)), "the live notice");

		// The notice links the post on the site, at the address the blog's permalink gives it.
		const live = Notice.shown.find((text) => text.startsWith(words.live))!;
		const postUrl = /https:\/\/\S+/.exec(live)![0];
		expect(postUrl).toMatch(/^https:\/\/octo\.github\.invalid\/blog\/2026\/03\/10\/[^/]+\/$/);

		// A clone of the repository holds the post: the day's title and what the student wrote.
		cloneDir = mkdtempSync(join(tmpdir(), "learning-log-journey-"));
		await git(["clone", "--quiet", server.repo.dir, cloneDir]);
		const posts = readdirSync(join(cloneDir, "_posts"));
		expect(posts).toHaveLength(1);
		expect(posts[0]).toMatch(/^2026-03-10-.+\.md$/);
		expect(decodeURI(postUrl)).toContain(`/2026/03/10/${posts[0].replace(/^2026-03-10-|\.md$/g, "")}/`);
		const post = readFileSync(join(cloneDir, "_posts", posts[0]), "utf8");
		expect(post).toMatch(/^---\n[\s\S]*\n---\n/);
		expect(post).toContain(title);
		expect(post).toMatch(/^date: ["']?2026-03-10/m);
		for (const line of WRITTEN[language].filter((text) => text !== "" && text !== "#git")) expect(post).toContain(line);

		// The note is marked, the view shows it published, the status bar (desktop only) says live.
		expect(await app.vault.read(note)).toMatch(/^publish: true$/m);
		await until(() => view.querySelector(`.learning-log-note[data-path="${note.path}"] .learning-log-publish.is-published`) !== null, "the view showing the note published");
		if (device === "desktop") expect(plugin.statusBarItems.map((el) => el.textContent)).toEqual([words.status]);
		else expect(plugin.statusBarItems).toEqual([]);

		// That evening the student adds a line: the view and the status bar see a change to publish.
		const firstCommit = (await server.repo.branchHead("main"))!;
		jest.setSystemTime(new Date("2026-03-10T12:00:00Z"));
		await app.vault.process(note, (text) => text.replace(`${LEARNED_HEADING[language]}\n`, `${LEARNED_HEADING[language]}\n\n${ADDED[language]}\n`));
		const stateOfRow = () => view.querySelector(`.learning-log-note[data-path="${note.path}"] .learning-log-publish`)?.getAttribute("aria-label");
		await until(() => stateOfRow() === words.changed, "the view showing the note changed");
		// Publishing again: the status bar on the desktop, the ribbon icon on a phone (which has no
		// status bar). The note is marked already, so nothing is asked.
		const liveNotices = () => Notice.shown.filter((text) => text.startsWith(words.live));
		if (device === "desktop") {
			await until(() => plugin.statusBarItems[0].textContent === words.oneToPublish, "the status bar counting the change");
			plugin.statusBarItems[0].click();
		} else {
			plugin.ribbonIcons.find((el) => el.getAttribute("aria-label") === words.publish)!.click();
		}
		await until(() => liveNotices().length === 2, "the second live notice");
		expect(document.querySelector(".learning-log-mark-confirm")).toBeNull();
		expect(liveNotices()[1]).toBe(live);

		// One more commit on top of the first, changing only the post; a pull brings the new line.
		const secondCommit = (await server.repo.branchHead("main"))!;
		expect((await server.repo.readCommit(secondCommit)).parents).toEqual([firstCommit]);
		expect(await diffNames(server, firstCommit, secondCommit)).toEqual([`M\t_posts/${posts[0]}`]);
		await git(["-C", cloneDir, "pull", "--quiet", "--ff-only"]);
		const updated = readFileSync(join(cloneDir, "_posts", posts[0]), "utf8");
		expect(updated).toContain(ADDED[language]);
		expect(updated.replace(`${ADDED[language]}\n\n`, "")).toBe(post);
		await until(() => stateOfRow() === words.published, "the view showing the note published again");

		// The next morning: a new day note, numbered after the first and linking back to it.
		jest.setSystemTime(new Date("2026-03-11T01:00:00Z"));
		expect(plugin.runCommand("new-bootcamp-day")).toBe(true);
		await until(() => app.workspace.getActiveFile()?.path === "daily/2026-03-11.md", "the second day's note opening");
		await until(() => view.querySelector('.learning-log-note[data-path="daily/2026-03-11.md"]') !== null, "the second day in the view");
		expect(view.querySelector('.learning-log-note[data-path="daily/2026-03-11.md"] .learning-log-title')!.textContent).toMatch(/Day ?2/);
		// Published from the ribbon icon, after the same question for the new note.
		plugin.ribbonIcons.find((el) => el.getAttribute("aria-label") === words.publish)!.click();
		await until(() => document.querySelector(".learning-log-mark-confirm") !== null, "the confirmation for the second day");
		buttonLabelled(document, words.markOk).click();
		await until(() => liveNotices().length === 3, "the second day's live notice");
		expect(liveNotices()[2]).toMatch(/\/blog\/2026\/03\/11\/[^/]+\/$/);
		// One commit adds the second post, whose link to the day before is Jekyll's link to that post.
		const thirdCommit = (await server.repo.branchHead("main"))!;
		const changes = await diffNames(server, secondCommit, thirdCommit);
		expect(changes).toHaveLength(1);
		const [added] = changes;
		expect(added).toMatch(/^A\t_posts\/2026-03-11-.+\.md$/);
		await git(["-C", cloneDir, "pull", "--quiet", "--ff-only"]);
		const secondPost = readFileSync(join(cloneDir, added.slice("A\t".length)), "utf8");
		expect(secondPost).toContain(`{% post_url ${posts[0].replace(/\.md$/, "")} %}`);
		// Every request matched GitHub's published shapes; the token was never shown.
		expect(server.violations).toEqual([]);
		expect([...Notice.shown, document.body.textContent, view.textContent].join("\n")).not.toContain(TOKEN);

		// Turning the plugin off (Obsidian closes its views too) leaves nothing running: no build
		// follower, no status recount, no view timer.
		plugin.unload();
		app.workspace.detachLeavesOfType("learning-log-view");
		expect(jest.getTimerCount()).toBe(0);
	});
});
