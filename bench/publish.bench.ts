// `npm run bench -- publish`: `learning-log publish --out --all` of a generated 5,000-note vault,
// next to `cp -r` of the same vault in the same rounds (the goal: within 3× of it), and the
// republish of the unchanged vault next to that first publish. Both run as processes, the way a
// user runs them; the command's time includes Node's start-up and saving the record. The disk floor
// (scripts/bench-disk-floor.mjs: the same reads, staged writes and renames, no conversion) runs in
// the same rounds too, so the figure splits into what the disk costs and what the conversion adds.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { generateVault } from "../tests/e2e/generate-vault";
import type { PublishReport } from "../src/publish/publish-report";
import { cliPath, earlierCliPath, expectSuccess, fastestOf, machineLoad, medianRatio, reportGoal, runProcess, seconds, times, type ProcessRun } from "./bench-report";

const NOTES = 5000;
// Disk write-back makes single rounds swing by 3× here: the figures are the fastest of four, the
// goal's ratio the median of each round's own ratio (both steps of a round share its conditions).
const ROUNDS = 4;
const DISK_FLOOR = path.resolve("scripts/bench-disk-floor.mjs");
const CONFIG = "permalink: /:categories/:title/\ntimezone: Asia/Seoul\nkramdown:\n  input: GFM\n";
const print = (line: string) => process.stdout.write(`${line}\n`);

interface Publishes {
	full: ProcessRun;
	again: ProcessRun;
	/** Files the unchanged republish wrote and deleted (the goal: none). */
	rewritten: string;
}

function main(): void {
	const work = mkdtempSync(path.join(tmpdir(), "learning-log-publish-bench-"));
	try {
		const vault = path.join(work, "vault");
		const generated = generateVault(vault, NOTES);
		// The record of what was published lives in the vault: each first publish starts without it.
		const forgetRecord = () => rmSync(path.join(vault, ".obsidian"), { recursive: true, force: true });
		const reportFile = path.join(work, "report.json");
		let lastReport: PublishReport | null = null;
		const publish = (cli: string, site: string): ProcessRun => {
			const run = runProcess(process.execPath, [cli, "publish", "--vault", vault, "--out", site, "--all", "--report", reportFile], { node: true });
			expectSuccess(run, "publish");
			lastReport = JSON.parse(readFileSync(reportFile, "utf8")) as PublishReport;
			return run;
		};
		const publishes = (cli: string, site: string): Publishes => {
			forgetRecord();
			mkdirSync(site);
			writeFileSync(path.join(site, "_config.yml"), CONFIG);
			const full = publish(cli, site);
			const again = publish(cli, site);
			return { full, again, rewritten: `${lastReport!.written.length}/${lastReport!.deleted.length}` };
		};
		const cli = cliPath();
		const earlier = earlierCliPath();
		const listFile = path.join(work, "published.json");
		writeFileSync(listFile, JSON.stringify({ notes: generated.published, attachments: generated.attachments }));
		const rounds: { copy: ProcessRun; floor: ProcessRun; ours: Publishes; earlier: Publishes | null }[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			forgetRecord();
			// Interleaved, so a burst of other work on the machine slows every step of a round alike.
			const copy = expectSuccess(runProcess("cp", ["-r", vault, path.join(work, `copy-${round}`)]), "cp -r");
			const floor = expectSuccess(runProcess(process.execPath, [DISK_FLOOR, vault, path.join(work, `floor-${round}`), listFile], { node: true }), "disk floor");
			const ours = publishes(cli, path.join(work, `site-${round}`));
			rounds.push({ copy, floor, ours, earlier: earlier ? publishes(earlier, path.join(work, `earlier-${round}`)) : null });
			// Each round's output is removed before the next, so the disk's dirty pages do not pile up.
			for (const done of [`copy-${round}`, `floor-${round}`, `site-${round}`, `earlier-${round}`]) rmSync(path.join(work, done), { recursive: true, force: true });
		}
		const copy = fastestOf(rounds.map((r) => r.copy));
		const floor = fastestOf(rounds.map((r) => r.floor));
		const full = fastestOf(rounds.map((r) => r.ours.full));
		const again = fastestOf(rounds.map((r) => r.ours.again));
		const report = lastReport! as PublishReport;
		const rss = (run: ProcessRun) => `peak rss ${run.peakRssMb?.toFixed(0) ?? "?"} MB`;
		print(`vault: ${NOTES} notes (${generated.published.length} published, ${generated.private.length} private), ${generated.attachments.length} images`);
		print(`fastest of ${ROUNDS} interleaved rounds; ${machineLoad()}`);
		print(`cp -r of the vault (baseline)          ${seconds(copy.ms)}`);
		print(`disk floor, no conversion              ${seconds(floor.ms)}  ${times(floor.ms, copy.ms)} cp -r`);
		print(`publish --out --all                    ${seconds(full.ms)}  ${times(full.ms, copy.ms)} cp -r  ${((NOTES / full.ms) * 1000).toFixed(0)} notes/s  ${rss(full)}`);
		print(`republish unchanged                    ${seconds(again.ms)}  ${times(again.ms, full.ms)} the first publish  ${rss(again)}`);
		print(`republish unchanged wrote/deleted per round: ${rounds.map((r) => r.ours.rewritten).join(", ")} (goal: 0/0 every time)`);
		print(`last republish: ${report.notes.length} posts, ${report.assets.length} assets, ${report.errors.length} errors`);
		if (earlier) {
			const before = { full: fastestOf(rounds.map((r) => r.earlier!.full)), again: fastestOf(rounds.map((r) => r.earlier!.again)) };
			print(`  the earlier build (${earlier}):`);
			print(`  publish --out --all                  ${seconds(before.full.ms)}  ${times(before.full.ms, copy.ms)} cp -r  ${rss(before.full)}`);
			print(`  republish unchanged                  ${seconds(before.again.ms)}  ${times(before.again.ms, before.full.ms)} its first publish  ${rss(before.again)}`);
		}
		const ratio = medianRatio(rounds.map((r) => ({ ms: r.ours.full.ms, baselineMs: r.copy.ms })));
		print(`publish / cp -r, round by round: ${rounds.map((r) => times(r.ours.full.ms, r.copy.ms)).join(", ")} (median ${ratio.toFixed(2)}×)`);
		const floorRatio = medianRatio(rounds.map((r) => ({ ms: r.floor.ms, baselineMs: r.copy.ms })));
		print(`disk floor / cp -r, round by round: ${rounds.map((r) => times(r.floor.ms, r.copy.ms)).join(", ")} (median ${floorRatio.toFixed(2)}×)`);
		print(`publish - disk floor (the conversion's share), round by round: ${rounds.map((r) => seconds(r.ours.full.ms - r.floor.ms)).join(", ")}`);
		reportGoal({
			what: `publish --out --all, ${NOTES.toLocaleString("en")} notes`,
			figure: seconds(full.ms),
			baseline: `cp -r of the vault ${seconds(copy.ms)} (disk floor ${seconds(floor.ms)})`,
			ratio: `${ratio.toFixed(2)}×`,
			goal: "≤ 3× cp -r",
			met: ratio <= 3,
		});
		const untouched = rounds.every((r) => r.ours.rewritten === "0/0");
		reportGoal({ what: "republish unchanged (folder)", figure: `${seconds(again.ms)}, ${untouched ? "nothing written" : "files rewritten"}`, baseline: `the first publish ${seconds(full.ms)}`, ratio: times(again.ms, full.ms), goal: "nothing written, faster than the first", met: untouched && again.ms < full.ms });
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main();
