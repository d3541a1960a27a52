// `npm run demo`: the main job on the example vault, on a scratch copy so the repository stays clean.
// It creates today's bootcamp day, prints the learning log tree, publishes the vault into a fresh
// Jekyll site and builds it when Jekyll is installed.
import { execFileSync } from "child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { publishStep } from "./demo-publish.mjs";
import { githubStep, prepareGitHubStep } from "./demo-github.mjs";

const root = resolve(".demo");
const vault = join(root, "vault");
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync("examples/vault", vault, { recursive: true });

function cli(...args) {
	console.log(`\n$ learning-log ${args.join(" ")}`);
	execFileSync(process.execPath, ["dist/cli.js", ...args], { stdio: "inherit" });
}

const steps = [publishStep, githubStep(await prepareGitHubStep(root, join))];
for (const step of steps) step({ cli, vault, root, existsSync, writeFileSync, join });
console.log(`\nDemo vault: ${vault}`);
