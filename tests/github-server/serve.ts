// Runs the GitHub test server on its own until stdin closes, for `npm run demo`. Writes
// { url, repoDir, token } to the file named by the first argument once it listens.
import { writeFileSync } from "fs";
import { GitHubTestServer } from "./github-api-server";
import { seed } from "./harness";

async function main(): Promise<void> {
	const [infoPath] = process.argv.slice(2);
	const token = "fake-token-demoTokenForTheLocalServerOnly0000000";
	const server = await GitHubTestServer.start({ token, owner: "learner", name: "learner.github.io" });
	await seed(server, { "_config.yml": "title: Learning Log demo\ntheme: minima\npermalink: /:categories/:title/\ntimezone: Asia/Seoul\n", "index.md": "---\nlayout: home\n---\n" });
	writeFileSync(infoPath, JSON.stringify({ url: server.url, repoDir: server.repo.dir, token, repository: `${server.owner}/${server.name}` }));
	const stop = () => void server.close().then(() => process.exit(0));
	process.stdin.on("end", stop);
	process.stdin.on("close", stop);
	process.stdin.resume();
}

void main();
