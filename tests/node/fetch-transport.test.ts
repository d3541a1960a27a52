/** @jest-environment node */
import { createServer, type IncomingMessage, type Server } from "http";
import type { AddressInfo } from "net";
import { createFetchTransport } from "../../src/node/fetch-transport";
import { GitHubClient } from "../../src/publish/targets/github/github-client";
import { GitHubError } from "../../src/publish/targets/github/github-errors";
import { TransportError } from "../../src/publish/targets/http-transport";

const TOKEN = "fake-token-fetchTransportToken00000000000000009";

async function listen(handler: (req: IncomingMessage, res: import("http").ServerResponse) => void): Promise<{ server: Server; url: string }> {
	const server = createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("fetch transport", () => {
	const servers: Server[] = [];
	afterEach(async () => {
		await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
	});

	test("never follows a redirect, so the token cannot reach another host", async () => {
		const elsewhere: Array<string | undefined> = [];
		const other = await listen((req, res) => {
			elsewhere.push(req.headers.authorization);
			res.end("{}");
		});
		const api = await listen((_req, res) => {
			res.writeHead(302, { location: `${other.url}/steal` });
			res.end('{"message":"Found"}');
		});
		servers.push(other.server, api.server);
		const client = new GitHubClient({ apiBaseUrl: api.url, token: TOKEN, transport: createFetchTransport(), sleep: async () => undefined });
		await expect(client.request("GET", "/repos/o/r")).rejects.toBeInstanceOf(GitHubError);
		expect(elsewhere).toEqual([]);
	});

	test("returns statuses, lower-cased headers and the body as bytes", async () => {
		const api = await listen((req, res) => {
			res.writeHead(409, { "X-RateLimit-Remaining": "7", "content-type": "application/json" });
			res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization }));
		});
		servers.push(api.server);
		const response = await createFetchTransport()({ method: "PATCH", url: `${api.url}/x`, headers: { authorization: "Bearer a" }, body: "{}" });
		expect(response.status).toBe(409);
		expect(response.headers["x-ratelimit-remaining"]).toBe("7");
		expect(JSON.parse(new TextDecoder().decode(response.body))).toEqual({ method: "PATCH", auth: "Bearer a" });
	});

	test("a refused connection and a stalled answer are TransportErrors naming only the host", async () => {
		const stalled = await listen(() => undefined);
		servers.push(stalled.server);
		await expect(createFetchTransport()({ method: "GET", url: "http://127.0.0.1:1/x", headers: { authorization: `Bearer ${TOKEN}` } })).rejects.toThrow(TransportError);
		const slow = createFetchTransport({ timeoutMs: 200 })({ method: "GET", url: `${stalled.url}/x`, headers: { authorization: `Bearer ${TOKEN}` } });
		await expect(slow).rejects.toThrow(/no answer from 127\.0\.0\.1:\d+/);
		await expect(slow).rejects.not.toThrow(TOKEN);
		stalled.server.closeAllConnections();
	});
});
