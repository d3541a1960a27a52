/** @jest-environment node */
// Random publish sequences against the GitHub test server, compared with a model of the branch:
// after each publish the branch holds exactly what the model says, and a commit is made exactly
// when something changed.
import fc from "fast-check";
import type { PublishChanges } from "../../../src/publish/targets/publish-target";
import { GitHubTestServer } from "../../github-server/github-api-server";
import { filesOnBranch, seed, targetFor } from "../../github-server/harness";

const TOKEN = "fake-token-modelTestToken000000000000000000000008";
const PATHS = ["_posts/2021-08-09-a.md", "_posts/2021-08-10-학습.md", "_posts/ai/2021-08-11-c.md", "assets/x.png", "assets/y y.png"];
const OWNER_FILES = { "_config.yml": "title: blog\n", "about.md": "about\n" };

const step = fc.record({
	write: fc.uniqueArray(fc.record({ path: fc.constantFrom(...PATHS), version: fc.integer({ min: 0, max: 2 }) }), { selector: (w) => w.path, maxLength: 4 }),
	delete: fc.subarray([...PATHS, "about.md"]),
});

function content(path: string, version: number): string | Uint8Array {
	return path.endsWith(".png") ? new Uint8Array([137, 80, version, path.length]) : `${path} v${version} 한글\n`;
}

test("the branch always equals the model, with one commit per publish that changed something", async () => {
	await fc.assert(
		fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 3 }), async (steps) => {
			const server = await GitHubTestServer.start({ token: TOKEN });
			try {
				await seed(server, OWNER_FILES);
				const { target } = targetFor(server, { token: TOKEN });
				const model = new Map<string, string>(Object.entries(OWNER_FILES));
				for (const { write, delete: deletions } of steps) {
					const changes: PublishChanges = { write: write.map((w) => ({ path: w.path, content: content(w.path, w.version) })), delete: deletions };
					const before = new Map(model);
					// The vault never asks to delete a file it does not write; the owner's about.md is
					// deleted only when asked, which the pipeline never does, but the target must obey.
					for (const path of deletions) if (!write.some((w) => w.path === path)) model.delete(path);
					for (const file of changes.write) model.set(file.path, typeof file.content === "string" ? file.content : Buffer.from(file.content).toString("utf8"));
					const commitsBefore = await server.repo.commitCount("main");
					await target.apply(changes, { message: "m" });
					const changed = JSON.stringify([...before].sort()) !== JSON.stringify([...model].sort());
					expect(await server.repo.commitCount("main")).toBe(commitsBefore + (changed ? 1 : 0));
					expect(await filesOnBranch(server)).toEqual(Object.fromEntries(model));
				}
				expect(server.violations).toEqual([]);
			} finally {
				await server.close();
			}
		}),
		{ numRuns: 8 },
	);
}, 120_000);
