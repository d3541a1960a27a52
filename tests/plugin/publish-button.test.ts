/**
 * The promise of the publish button, on the built main.js: today's day note is open and not marked;
 * one click on the ribbon icon marks it, one commit holds its post, and once GitHub Pages has
 * built that commit a notice links to the post on the site. Desktop and mobile, English and
 * Korean. The GitHub API is the local test server (a real git repository behind it); the clock is
 * jest's, so the build follower's waits pass without real waiting. `npm test` builds main.js first.
 */
import { App, Notice, setLanguage, setRequestTransport } from "../__mocks__/obsidian";
import { GitHubTestServer } from "../github-server/github-api-server";
import { diffNames, seed } from "../github-server/harness";
import { requestUrlOverHttp } from "../github-server/request-url-over-http";
import { actAs, loadBuiltPlugin, MANIFEST, resetFakeApp, until } from "./built-plugin";

const TOKEN = "fake-token-publishButtonTokenNeverShown000000000001";

const WORDS = {
	en: { button: "Publish to the blog", ok: "Mark and publish", live: "Your post is live:", status: "Live" },
	ko: { button: "블로그에 게시", ok: "표시하고 게시", live: "글이 게시되었습니다:", status: "게시됨" },
};

let server: GitHubTestServer;

afterEach(async () => {
	resetFakeApp();
	await server?.close();
});

describe.each([
	["desktop", "en"],
	["desktop", "ko"],
	["mobile", "en"],
	["mobile", "ko"],
] as const)("the publish button on %s in %s", (device, language) => {
	test("one click on today's unmarked day note: marked, one commit with its post, a notice linking it once the site is built", async () => {
		// 2026-03-10 10:00 in Korea: day 7 of a course that started on Monday 2026-03-02.
		jest.useFakeTimers({ now: new Date("2026-03-10T01:00:00Z"), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
		server = await GitHubTestServer.start({ token: TOKEN, pages: { buildType: "legacy", readsToFinish: 3, outcome: "built", htmlUrl: "https://octo.github.invalid/blog/" } });
		const before = await seed(server, { "_config.yml": "title: blog\nbaseurl: /blog\npermalink: /:year/:month/:day/:title/\n" });
		setRequestTransport(requestUrlOverHttp);
		setLanguage(language);
		actAs(device);
		Notice.shown.length = 0;

		const app = new App();
		const plugin = new (loadBuiltPlugin())(app, MANIFEST);
		await plugin.onload();
		app.workspace.finishLayout();
		Object.assign(plugin.settings.github, { repository: "octo/blog", branch: "main", apiBaseUrl: server.url });
		Object.assign(plugin.settings.daily, { courseStartDate: "2026-03-02", folder: "daily" });
		app.secretStorage.setSecret(plugin.settings.github.tokenSecretName, TOKEN);
		expect(plugin.runCommand("new-bootcamp-day")).toBe(true);
		await until(() => app.workspace.getActiveFile() !== null, "today's note opening");
		const note = app.workspace.getActiveFile()!;
		expect(note.path).toBe("daily/2026-03-10.md");
		expect(await app.vault.read(note)).toMatch(/^publish: false$/m);

		const words = WORDS[language];
		plugin.ribbonIcons.find((el) => el.getAttribute("aria-label") === words.button)!.click();
		await until(() => document.querySelector(".learning-log-mark-confirm") !== null, "the confirmation");
		[...document.querySelectorAll("button")].find((el) => el.textContent === words.ok)!.click();
		await until(() => Notice.shown.some((text) => text.startsWith(words.live)), "the live notice");

		expect(await app.vault.read(note)).toMatch(/^publish: true$/m);
		const head = (await server.repo.branchHead("main"))!;
		expect((await server.repo.readCommit(head)).parents).toEqual([before]);
		const added = await diffNames(server, before, head);
		expect(added).toHaveLength(1);
		expect(added[0]).toMatch(/^A\t_posts\/2026-03-10-.+\.md$/);
		const live = Notice.shown.find((text) => text.startsWith(words.live))!;
		expect(live).toMatch(/https:\/\/octo\.github\.invalid\/blog\/2026\/03\/10\/\S+\/$/);
		if (device === "desktop") expect(plugin.statusBarItems.map((el) => el.textContent)).toEqual([words.status]);
		else expect(plugin.statusBarItems).toEqual([]);
		expect(server.violations).toEqual([]);
		expect([...Notice.shown, document.body.textContent].join("\n")).not.toContain(TOKEN);
		plugin.unload();
	});
});
