// The plugin's publish commands go to GitHub, through Obsidian's requestUrl, once a repository is
// set: one commit with the posts, then none for an unchanged republish, and the token nowhere.
import { App, Notice, Platform, setRequestTransport } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { GitHubTestServer } from "../github-server/github-api-server";
import { filesOnBranch, seed } from "../github-server/harness";
import { requestUrlOverHttp } from "../github-server/request-url-over-http";

const TOKEN = "fake-token-pluginTokenThatMustNeverLeak00000000001";

async function until(condition: () => boolean): Promise<void> {
	for (let i = 0; i < 2000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	if (!condition()) throw new Error(`condition never became true; notices: ${Notice.shown.join(" | ")}`);
}

let server: GitHubTestServer;
beforeEach(async () => {
	server = await GitHubTestServer.start({ token: TOKEN });
	setRequestTransport(requestUrlOverHttp);
	Notice.shown.length = 0;
});
afterEach(async () => {
	setRequestTransport(null);
	Platform.isDesktopApp = true;
	expect(server.violations).toEqual([]);
	await server.close();
});

test("Publish all notes commits to the repository, on a phone too, and an unchanged republish commits nothing", async () => {
	Platform.isDesktopApp = false; // GitHub needs no file system: it works on mobile
	await seed(server, { "index.md": "home\n" });
	const app = new App();
	await app.vault.create("topics/Big-O.md", "---\npublish: true\ndate: 2021-08-09\ncategories: [CS]\n---\n# Big-O\n\n빅오 표기법\n");
	await app.vault.create("topics/Draft.md", "---\npublish: false\n---\nsecret\n");
	const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4", author: "", description: "" });
	await plugin.onload();
	Object.assign(plugin.settings.github, { repository: `${server.owner}/${server.name}`, branch: server.branch, apiBaseUrl: server.url });
	app.secretStorage.setSecret(plugin.settings.github.tokenSecretName, TOKEN);
	const fake = plugin as unknown as import("../__mocks__/obsidian").Plugin;

	expect(fake.runCommand("publish-all-notes")).toBe(true);
	await until(() => Notice.shown.some((text) => text.startsWith("Published")));
	const files = await filesOnBranch(server);
	expect(Object.keys(files).sort()).toEqual(["_posts/2021-08-09-big-o.md", "index.md"]);
	expect(files["_posts/2021-08-09-big-o.md"]).toContain("빅오 표기법");
	const finalNotice = Notice.shown.find((text) => text.startsWith("Published"))!;
	expect(finalNotice).toContain("Open the commit");
	const saved = JSON.stringify(fake.savedData);
	expect(saved).toContain("github:");

	const head = await server.repo.branchHead(server.branch);
	Notice.shown.length = 0;
	fake.runCommand("publish-all-notes");
	await until(() => Notice.shown.some((text) => text.startsWith("Published")));
	expect(await server.repo.branchHead(server.branch)).toBe(head);

	for (const text of [...Notice.shown, saved, document.body.textContent ?? ""]) expect(text).not.toContain(TOKEN);
});

test("a missing token opens the setup, which asks for it, and nothing changes", async () => {
	const app = new App();
	await app.vault.create("a.md", "---\npublish: true\ndate: 2021-08-09\n---\nA\n");
	const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4", author: "", description: "" });
	await plugin.onload();
	Object.assign(plugin.settings.github, { repository: `${server.owner}/${server.name}`, apiBaseUrl: server.url });
	(plugin as unknown as import("../__mocks__/obsidian").Plugin).runCommand("publish-all-notes");
	const setup = document.querySelector(".learning-log-publish-setup")!;
	[...setup.querySelectorAll("button")].find((el) => el.textContent === "Save and publish")!.click();
	await until(() => (setup.textContent ?? "").includes("Choose or create the token."));
	expect(server.requests).toEqual([]);
	expect(await filesOnBranch(server)).toEqual({});
	document.body.replaceChildren();
});
