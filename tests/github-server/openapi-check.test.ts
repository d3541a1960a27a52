/** @jest-environment node */
// The test server's checks must be able to fail: malformed bodies are caught, well-formed pass.
import { GitHubTestServer } from "./github-api-server";
import { complete, requestSchema, responseSchema, sample, validate } from "./openapi-check";
import { seed } from "./harness";

const TREES = "/repos/{owner}/{repo}/git/trees";

describe("checking bodies against GitHub's OpenAPI description", () => {
	test("a tree request with a bad mode, a missing tree or a wrong type is caught", () => {
		const schema = requestSchema(TREES, "POST")!;
		expect(validate(schema, { base_tree: "a", tree: [{ path: "x.md", mode: "100644", type: "blob", content: "x" }] })).toEqual([]);
		expect(validate(schema, { tree: [{ path: "x.md", mode: "100644", type: "blob", sha: null }] })).toEqual([]);
		expect(validate(schema, { tree: [{ path: "x.md", mode: "777", type: "blob", content: "x" }] }).join()).toContain("not in");
		expect(validate(schema, { base_tree: "a" }).join()).toContain("tree: required");
		expect(validate(schema, { tree: "x" }).join()).toContain("expected array");
	});

	test("a complete response is built from the schema's required fields and passes; a broken one does not", () => {
		const schema = responseSchema("/repos/{owner}/{repo}/git/commits", "POST", 201)!;
		const full = complete(sample(schema), { sha: "a".repeat(40), message: "m" }) as Record<string, unknown>;
		expect(validate(schema, full)).toEqual([]);
		expect(validate(schema, { ...full, parents: "none" }).join()).toContain("expected array");
		const { sha: _sha, ...withoutSha } = full;
		expect(validate(schema, withoutSha).join()).toContain("sha: required");
	});

	test("the server refuses a malformed request with 422 and records the violation", async () => {
		const server = await GitHubTestServer.start({ token: "t" });
		try {
			await seed(server, { "a.md": "a\n" });
			const response = await fetch(`${server.url}/repos/octo/blog/git/trees`, {
				method: "POST",
				headers: { authorization: "Bearer t", "content-type": "application/json" },
				body: JSON.stringify({ tree: [{ path: "x", mode: 644, type: "blob", content: "x" }] }),
			});
			expect(response.status).toBe(422);
			expect(server.violations).toHaveLength(1);
			expect(server.violations[0]).toContain("mode");
		} finally {
			await server.close();
		}
	});
});
