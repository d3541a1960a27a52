import { App, Notice, SecretComponent, setRequestTransport, TextComponent, type RequestUrlParam, type RequestUrlResponse } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { createTranslator } from "../../src/i18n/translator";
import { renderGitHubSettings } from "../../src/settings/sections/github-section";

const TOKEN = "fake-pat-settingsTestTokenNeverShown000000004";

function answer(status: number, body: unknown): RequestUrlResponse {
	const text = JSON.stringify(body);
	const bytes = new TextEncoder().encode(text);
	return { status, headers: { "Content-Type": "application/json" }, arrayBuffer: bytes.buffer.slice(0) as ArrayBuffer, json: body, text };
}

const branchBody = { name: "main", commit: { sha: "a".repeat(40), commit: { tree: { sha: "b".repeat(40) } } } };

async function setup(language: "en" | "ko" = "en") {
	const app = new App();
	const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" } as never);
	await plugin.loadSettings();
	plugin.t = createTranslator(language);
	app.secretStorage.setSecret("learning-log-github-token", TOKEN);
	const container = document.createElement("div");
	renderGitHubSettings(container, plugin, () => undefined);
	return { app, plugin, container };
}

function inputOf(container: HTMLElement, name: string): HTMLInputElement {
	const item = [...container.querySelectorAll(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!item) throw new Error(`no setting named ${name}`);
	return item.querySelector("input")!;
}

/** The user types into a text field: the fake's components remember their onChange handlers. */
function type(input: HTMLInputElement, value: string): void {
	const component = (onChangeSpy.mock.contexts as TextComponent[]).find((c) => c.inputEl === input);
	if (!component) throw new Error("no text component for that input");
	component.simulateChange(value);
}

const onChangeSpy = jest.spyOn(TextComponent.prototype, "onChange");

async function clickTest(container: HTMLElement): Promise<string> {
	const button = [...container.querySelectorAll("button")].find((b) => b.textContent === "Test" || b.textContent === "테스트")!;
	button.click();
	const result = container.querySelector(".learning-log-github-test-result")!;
	for (let i = 0; i < 50 && (button.disabled || result.textContent === ""); i++) await new Promise((resolve) => setTimeout(resolve, 0));
	return result.textContent ?? "";
}

let sent: RequestUrlParam[];
beforeEach(() => {
	sent = [];
	Notice.shown = [];
});
afterEach(() => setRequestTransport(null));

describe("GitHub settings", () => {
	test("a pasted repository address is read as owner/name; a wrong one is said and not saved", async () => {
		const { plugin, container } = await setup();
		const repository = inputOf(container, "Repository");
		const message = () => repository.closest(".setting-item")?.querySelector(".learning-log-error")?.textContent;
		type(repository, "https://github.com/octo/blog.git");
		expect([plugin.settings.github.repository, message()]).toEqual(["octo/blog", "Read as octo/blog."]);
		type(repository, "octo");
		expect([plugin.settings.github.repository, message()]).toEqual(["octo/blog", "Write the repository as owner/name, or paste its GitHub address."]);
		type(repository, "octo/site");
		expect([plugin.settings.github.repository, message()]).toEqual(["octo/site", ""]);
	});

	test("saves what is typed, and keeps only the secret's name in the plugin's data", async () => {
		const { plugin, container } = await setup();
		type(inputOf(container, "Repository"), " octo/blog ");
		type(inputOf(container, "Branch"), "gh-pages");
		await Promise.resolve();
		expect(plugin.settings.github.repository).toBe("octo/blog");
		expect(plugin.settings.github.branch).toBe("gh-pages");
		expect(JSON.stringify((plugin as unknown as { savedData: unknown }).savedData)).toContain("learning-log-github-token");
		expect(JSON.stringify((plugin as unknown as { savedData: unknown }).savedData)).not.toContain(TOKEN);
	});

	test("the token field is Obsidian's secret component holding the secret's name", async () => {
		const { container } = await setup();
		expect(inputOf(container, "Token").value).toBe("learning-log-github-token");
		expect(SecretComponent.prototype).toBeInstanceOf(TextComponent);
	});

	test("Test connection reports the repository, the branch and write access, sending the token only to the API host", async () => {
		const { plugin, container } = await setup();
		plugin.settings.github.repository = "octo/blog";
		setRequestTransport(async (request) => {
			sent.push(request);
			if (request.url.endsWith("/repos/octo/blog")) return answer(200, { full_name: "octo/blog", default_branch: "main", permissions: { push: true } });
			if (request.url.endsWith("/repos/octo/blog/branches/main")) return answer(200, branchBody);
			return answer(404, { message: "Not Found" });
		});
		expect(await clickTest(container)).toBe("Connected to octo/blog, branch main. The token can write.");
		expect(sent.map((r) => new URL(r.url).host)).toEqual(["api.github.com", "api.github.com"]);
		expect(sent.every((r) => r.throw === false && r.headers?.authorization === `Bearer ${TOKEN}`)).toBe(true);
		expect(Notice.shown.join("\n")).not.toContain(TOKEN);
	});

	test("a read-only token and a missing branch are told apart, in Korean too", async () => {
		const { plugin, container } = await setup("ko");
		plugin.settings.github.repository = "octo/blog";
		setRequestTransport(async (request) => {
			if (request.url.endsWith("/repos/octo/blog")) return answer(200, { full_name: "octo/blog", default_branch: "main", permissions: { push: false } });
			return answer(200, branchBody);
		});
		expect(await clickTest(container)).toContain("쓰기 권한이 없습니다");
		setRequestTransport(async (request) => {
			if (request.url.endsWith("/repos/octo/blog")) return answer(200, { full_name: "octo/blog", default_branch: "main", permissions: { push: true } });
			return answer(404, { message: "Not Found" });
		});
		expect(await clickTest(container)).toBe("octo/blog에 연결되었지만 main 브랜치가 없습니다.");
	});

	test("a rejected token gives a clear message that never shows the token", async () => {
		const { plugin, container } = await setup();
		plugin.settings.github.repository = "octo/blog";
		setRequestTransport(async () => answer(401, { message: "Bad credentials" }));
		const message = await clickTest(container);
		expect(message).toContain("GitHub rejected the token");
		expect(message).not.toContain(TOKEN);
		expect(Notice.shown.join("\n")).not.toContain(TOKEN);
	});

	test("no token chosen, or no repository, is a setup problem, found before any request", async () => {
		const { plugin, app, container } = await setup();
		plugin.settings.github.repository = "octo/blog";
		plugin.settings.github.tokenSecretName = "missing-secret";
		setRequestTransport(async (request) => {
			sent.push(request);
			return answer(500, {});
		});
		expect(await clickTest(container)).toBe("No GitHub token found: choose one under GitHub → Token.");
		plugin.settings.github.tokenSecretName = "learning-log-github-token";
		plugin.settings.github.repository = "";
		expect(await clickTest(container)).toBe("Set the repository in the GitHub settings first.");
		expect(sent).toHaveLength(0);
		expect(app.secretStorage.getSecret("learning-log-github-token")).toBe(TOKEN);
	});
});
