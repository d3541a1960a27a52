import { GitHubClient, parseApiBaseUrl } from "../../../../src/publish/targets/github/github-client";
import { GitHubError } from "../../../../src/publish/targets/github/github-errors";
import { parseRepositoryName } from "../../../../src/publish/targets/github/github-git-api";
import { TransportError, type HttpRequest, type HttpResponse } from "../../../../src/publish/targets/http-transport";
import { caught } from "./caught-github-error";

const TOKEN = "fake-pat-11ABCDEFG0123456789_secretsecretsecret";

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
	return { status, headers: { "content-type": "application/json", ...headers }, body: new TextEncoder().encode(JSON.stringify(body)) };
}

/** A transport that answers from a script and records what was sent. */
function scripted(answers: Array<HttpResponse | "drop">) {
	const sent: HttpRequest[] = [];
	const transport = async (request: HttpRequest): Promise<HttpResponse> => {
		sent.push(request);
		const next = answers.shift();
		if (!next) throw new Error("no more scripted answers");
		if (next === "drop") throw new TransportError("socket hang up");
		return next;
	};
	return { sent, transport };
}

function client(transport: (r: HttpRequest) => Promise<HttpResponse>, apiBaseUrl = "https://api.github.com") {
	const sleeps: number[] = [];
	const c = new GitHubClient({ apiBaseUrl, token: TOKEN, transport, sleep: async (ms) => void sleeps.push(ms), now: () => 0 });
	return { c, sleeps };
}

describe("GitHubClient", () => {
	test("sends the token, API version and JSON body to the configured host only", async () => {
		const { sent, transport } = scripted([json(201, { sha: "x" })]);
		const { c } = client(transport, "https://ghe.example.com/api/v3/");
		await c.request("POST", "/repos/o/r/git/blobs", { body: { content: "aGk=", encoding: "base64" } });
		expect(sent[0].url).toBe("https://ghe.example.com/api/v3/repos/o/r/git/blobs");
		expect(sent[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(sent[0].headers["x-github-api-version"]).toBe("2022-11-28");
		expect(JSON.parse(sent[0].body as string)).toEqual({ content: "aGk=", encoding: "base64" });
	});

	test("refuses paths that would leave the configured host", async () => {
		const { sent, transport } = scripted([]);
		const { c } = client(transport);
		for (const path of ["//evil.example/x", "https://evil.example/x", "x"]) {
			expect((await caught(c.request("GET", path))).code).toBe("unexpected");
		}
		expect(sent).toHaveLength(0);
	});

	test.each([
		["http://api.github.com", "https"],
		["not a url", "not a URL"],
		["https://user:pw@api.github.com", "credentials"],
	])("rejects the API address %s", (url, words) => {
		expect(() => parseApiBaseUrl(url)).toThrow(words);
	});

	test("allows plain http only on this machine", () => {
		expect(parseApiBaseUrl("http://127.0.0.1:8080").host).toBe("127.0.0.1:8080");
	});

	test.each([
		[401, "unauthorized"],
		[403, "forbidden"],
		[404, "not-found"],
		[422, "unexpected"],
	])("maps %d to %s without retrying", async (status, code) => {
		const { sent, transport } = scripted([json(status, { message: `GitHub says ${status}` })]);
		const error = await caught(client(transport).c.request("GET", "/repos/o/r"));
		expect(error.code).toBe(code);
		expect(error.details.status).toBe(status);
		expect(error.message).toContain(`GitHub says ${status}`);
		expect(sent).toHaveLength(1);
	});

	test("does not follow a redirect, and says the repository may have moved", async () => {
		const { sent, transport } = scripted([json(301, { message: "Moved Permanently", url: "https://api.github.com/repositories/1" })]);
		const error = await caught(client(transport).c.request("GET", "/repos/o/old-name"));
		expect(error.code).toBe("not-found");
		expect(error.message).toContain("renamed or moved");
		expect(sent).toHaveLength(1);
	});

	test("returns expected error statuses instead of throwing", async () => {
		const { transport } = scripted([json(409, { message: "Git Repository is empty." })]);
		expect(await client(transport).c.request("GET", "/repos/o/r/git/ref/heads/main", { expect: [409] })).toEqual({
			status: 409,
			data: { message: "Git Repository is empty." },
		});
	});

	test("retries 5xx and dropped connections with back-off, then succeeds", async () => {
		const { sent, transport } = scripted([json(502, {}), "drop", json(500, {}), json(200, { ok: true })]);
		const { c, sleeps } = client(transport);
		expect((await c.request("GET", "/x")).data).toEqual({ ok: true });
		expect(sent).toHaveLength(4);
		expect(sleeps).toEqual([1000, 2000, 4000]);
	});

	test("gives up after the bounded number of retries", async () => {
		const { sent, transport } = scripted(["drop", "drop", "drop", "drop", "drop", "drop"]);
		const error = await caught(client(transport).c.request("GET", "/x"));
		expect(error.code).toBe("network");
		expect(error.message).toContain("socket hang up");
		expect(sent).toHaveLength(5);
	});

	test("waits as a secondary rate limit asks, then continues", async () => {
		const limited = json(403, { message: "You have exceeded a secondary rate limit" }, { "retry-after": "30" });
		const { transport } = scripted([limited, json(201, { sha: "x" })]);
		const { c, sleeps } = client(transport);
		await c.request("POST", "/repos/o/r/git/blobs", { body: {} });
		expect(sleeps).toEqual([30_000]);
	});

	test("an exhausted quota far from its reset fails with the time it ends", async () => {
		const reset = 7200;
		const { transport } = scripted([json(403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) })]);
		const error = await caught(client(transport).c.request("GET", "/x"));
		expect(error.code).toBe("rate-limited");
		expect(error.details.retryAt).toBe(reset * 1000 + 1000);
	});

	test("never puts the token in an error, even when a server echoes it", async () => {
		const { transport } = scripted([json(401, { message: `Bad credentials for ${TOKEN}` })]);
		const error = await caught(client(transport).c.request("GET", "/x"));
		expect(error.message).not.toContain(TOKEN);
		expect(JSON.stringify(error.details)).not.toContain(TOKEN);
		expect(error.message).toContain("***");
	});

	test("non-JSON error bodies (a proxy's 502 page) still give a clear error", async () => {
		const page: HttpResponse = { status: 502, headers: {}, body: new TextEncoder().encode("<html>Bad Gateway</html>") };
		const { transport } = scripted([page, page, page, page, page]);
		expect((await caught(client(transport).c.request("GET", "/x"))).code).toBe("server-error");
	});
});

describe("parseRepositoryName", () => {
	test("reads owner/name, with or without .git", () => {
		expect(parseRepositoryName(" octo/my.blog.git ")).toEqual({ owner: "octo", name: "my.blog" });
	});
	test.each(["octo", "octo/", "/blog", "a/b/c", "octo/..", "https://github.com/octo/blog"])("rejects %j", (text) => {
		expect(() => parseRepositoryName(text)).toThrow(GitHubError);
	});
});
