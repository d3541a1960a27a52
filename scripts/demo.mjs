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
	// The example vault is Korean: messages and generated text (participants, week titles) follow suit.
	execFileSync(process.execPath, ["dist/cli.js", ...args], { stdio: "inherit", env: { LEARNING_LOG_LANG: "ko", ...process.env } });
}

const steps = [
	// New bootcamp day: a fixed date (stable output), the same date again (found, not duplicated), today.
	({ cli, vault }) => {
		cli("new-day", "--vault", vault, "--date", "2021-08-13");
		cli("new-day", "--vault", vault, "--date", "2021-08-13");
		cli("new-day", "--vault", vault);
	},
	// Team and topics: today's topic notes into today's note (in this fresh copy every note changed
	// today), twice (the second run writes nothing), then the review of the example week.
	({ cli, vault }) => {
		cli("update-topics", "--vault", vault);
		cli("update-topics", "--vault", vault);
		cli("new-week", "--vault", vault, "--date", "2021-08-13");
	},
	publishStep,
	githubStep(await prepareGitHubStep(root, join)),
	// The learning log view's grouping, printed by the same index.
	({ cli, vault }) => cli("tree", "--vault", vault, "--by", "category"),
];
for (const step of steps) step({ cli, vault, root, existsSync, writeFileSync, join });
console.log(`\nDemo vault: ${vault}`);
