import { App, setRequestTransport, type RequestUrlParam } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { createTranslator } from "../../src/i18n/translator";
import { chooseGitHubTarget, createPluginGitHubTarget, isGitHubConfigured } from "../../src/obsidian/github-plugin-target";
import { createRequestUrlTransport } from "../../src/obsidian/request-url-transport";
import { GitHubError } from "../../src/publish/targets/github/github-errors";
import { TransportError } from "../../src/publish/targets/http-transport";

afterEach(() => setRequestTransport(null));

describe("requestUrl transport", () => {
	test("passes method, headers and binary bodies through, with throw: false", async () => {
		const seen: RequestUrlParam[] = [];
		setRequestTransport(async (request) => {
			seen.push(request);
			return { status: 422, headers: { "X-RateLimit-Remaining": "10" }, arrayBuffer: new TextEncoder().encode('{"message":"no"}').buffer as ArrayBuffer, json: null, text: "" };
		});
		const response = await createRequestUrlTransport()({
			method: "POST",
			url: "https://api.github.com/x",
			headers: { "Content-Type": "application/octet-stream", Authorization: "Bearer t" },
			body: new Uint8Array([1, 2, 3]).subarray(1),
		});
		expect(seen[0]).toMatchObject({ method: "POST", throw: false, contentType: "application/octet-stream", headers: { authorization: "Bearer t" } });
		expect(new Uint8Array(seen[0].body as ArrayBuffer)).toEqual(new Uint8Array([2, 3]));
		expect(response.status).toBe(422);
		expect(response.headers["x-ratelimit-remaining"]).toBe("10");
		expect(new TextDecoder().decode(response.body)).toBe('{"message":"no"}');
	});

	test("a request that gets no answer is a TransportError naming only the host", async () => {
		setRequestTransport(async () => {
			throw new Error("net::ERR_CONNECTION_RESET");
		});
		const sending = createRequestUrlTransport()({ method: "GET", url: "https://api.github.com/x", headers: { authorization: "Bearer secret" } });
		await expect(sending).rejects.toBeInstanceOf(TransportError);
		await expect(sending).rejects.toThrow("no answer from api.github.com: net::ERR_CONNECTION_RESET");
	});
});

async function plugin(language: "en" | "ko" = "en") {
	const app = new App();
	const p = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" } as never);
	await p.loadSettings();
	p.t = createTranslator(language);
	return p;
}

describe("the plugin's GitHub target", () => {
	test("is configured once a repository is set, and reads the token from secret storage", async () => {
		const p = await plugin();
		expect(isGitHubConfigured(p)).toBe(false);
		p.settings.github.repository = "octo/blog";
		expect(isGitHubConfigured(p)).toBe(true);
		expect(() => createPluginGitHubTarget(p)).toThrow(GitHubError);
		p.app.secretStorage.setSecret(p.settings.github.tokenSecretName, "fake-token-x");
		expect(createPluginGitHubTarget(p).branch).toBe("main");
	});

	test("is offered to the publish runner with its manifest key and commit message", async () => {
		const p = await plugin();
		Object.assign(p.settings.github, { repository: "Octo/Blog", branch: "gh-pages", commitMessageTemplate: "Blog {{written}}" });
		p.app.secretStorage.setSecret(p.settings.github.tokenSecretName, "fake-token-x");
		const chosen = chooseGitHubTarget(p);
		expect(chosen.target.kind).toBe("github");
		expect(await chosen.siteKey()).toBe("github:api.github.com/octo/blog#gh-pages");
		expect(chosen.message).toBe("Blog {{written}}");
	});

	test("without a message of the user's, commits in the app's language", async () => {
		for (const [language, expected] of [
			["en", "Publish from Learning Log: {{written}} written, {{deleted}} deleted"],
			["ko", "Learning Log에서 게시: 파일 {{written}}개 씀, {{deleted}}개 삭제"],
		] as const) {
			const p = await plugin(language);
			Object.assign(p.settings.github, { repository: "octo/blog", commitMessageTemplate: "  " });
			p.app.secretStorage.setSecret(p.settings.github.tokenSecretName, "fake-token-x");
			expect(chooseGitHubTarget(p).message).toBe(expected);
		}
	});
});
