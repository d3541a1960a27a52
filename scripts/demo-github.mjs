// Demo step: publish the demo vault to a local stand-in for GitHub's API (a real bare git
// repository behind it), twice: the first publish is one commit, the unchanged second makes none.
import { build } from "esbuild";
import { execFileSync, spawn } from "child_process";
import { existsSync, readFileSync } from "fs";

/** Steps are synchronous; the server runs in its own process, so waiting here blocks nothing. */
function sleepSync(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export async function prepareGitHubStep(root, join) {
	const bundle = join(root, "github-server.cjs");
	await build({ entryPoints: ["tests/github-server/serve.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: bundle, logLevel: "error" });
	return bundle;
}

export function githubStep(bundle) {
	return ({ cli, vault, root, join }) => {
		const infoPath = join(root, "github-server.json");
		const server = spawn(process.execPath, [bundle, infoPath], { stdio: ["pipe", "inherit", "inherit"] });
		try {
			for (let waited = 0; !existsSync(infoPath); waited += 50) {
				if (waited > 15000) throw new Error("the local GitHub server did not start");
				sleepSync(50);
			}
			const info = JSON.parse(readFileSync(infoPath, "utf8"));
			const log = () => execFileSync("git", ["--git-dir", info.repoDir, "log", "--oneline", "--shortstat"], { encoding: "utf8" });
			process.env.GITHUB_TOKEN = info.token;
			cli("publish", "--vault", vault, "--github", info.repository, "--api-url", info.url);
			console.log(`\n$ git log --oneline --shortstat   # in the repository behind the local API\n${log()}`);
			cli("publish", "--vault", vault, "--github", info.repository, "--api-url", info.url);
			console.log(`\nUnchanged republish, still:\n${log()}`);
		} finally {
			delete process.env.GITHUB_TOKEN;
			server.stdin.end();
		}
	};
}
