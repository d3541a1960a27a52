// `npm run bench -- tree`: `learning-log tree --by date --json` on a generated 10,000-note vault,
// next to `cat` of the same notes in the same rounds (the goal: within 4× of it). Both run as
// processes, the way a user runs them; the command's time includes Node's start-up.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { generateVault } from "../tests/e2e/generate-vault";
import { cliPath, earlierCliPath, expectSuccess, fastestOf, machineLoad, medianRatio, reportGoal, runProcess, seconds, times, type ProcessRun } from "./bench-report";

const NOTES = 10_000;
const ROUNDS = 5;
const print = (line: string) => process.stdout.write(`${line}\n`);

function main(): void {
	const work = mkdtempSync(path.join(tmpdir(), "learning-log-tree-bench-"));
	try {
		const vault = path.join(work, "vault");
		const generated = generateVault(vault, NOTES);
		const notes = [...generated.published, ...generated.private].sort();
		const cli = cliPath();
		const earlier = earlierCliPath();
		const tree = (script: string) => expectSuccess(runProcess(process.execPath, [script, "tree", "--vault", vault, "--by", "date", "--json"], { node: true }), "tree");
		const rounds: { cat: ProcessRun; tree: ProcessRun; earlier: ProcessRun | null }[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			// Interleaved, so a burst of other work on the machine slows every step of a round alike.
			const cat = expectSuccess(runProcess("cat", notes, { cwd: vault }), "cat");
			rounds.push({ cat, tree: tree(cli), earlier: earlier ? tree(earlier) : null });
		}
		const cat = fastestOf(rounds.map((r) => r.cat));
		const ours = fastestOf(rounds.map((r) => r.tree));
		print(`${NOTES} notes; fastest of ${ROUNDS} interleaved rounds; ${machineLoad()}`);
		print(`cat of the ${notes.length} notes (baseline)     ${seconds(cat.ms)}`);
		print(`tree --by date --json                  ${seconds(ours.ms)}  ${times(ours.ms, cat.ms)} cat  peak rss ${ours.peakRssMb?.toFixed(0) ?? "?"} MB`);
		if (earlier) {
			const before = fastestOf(rounds.map((r) => r.earlier!));
			print(`  the earlier build (${earlier})  ${seconds(before.ms)}  ${times(before.ms, cat.ms)} cat  peak rss ${before.peakRssMb?.toFixed(0) ?? "?"} MB`);
		}
		// Judged by the median of each round's own ratio: both steps of a round share its conditions.
		const ratio = medianRatio(rounds.map((r) => ({ ms: r.tree.ms, baselineMs: r.cat.ms })));
		print(`tree / cat, round by round: ${rounds.map((r) => times(r.tree.ms, r.cat.ms)).join(", ")} (median ${ratio.toFixed(2)}×)`);
		reportGoal({ what: `tree --by date --json, ${NOTES.toLocaleString("en")} notes`, figure: seconds(ours.ms), baseline: `cat of the same files ${seconds(cat.ms)}`, ratio: `${ratio.toFixed(2)}×`, goal: "≤ 4× cat", met: ratio <= 4 });
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main();
