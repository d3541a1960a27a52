// `npm run bench [-- name]`: builds the bundles (the command-line benches time dist/cli.js as a
// user runs it), bundles every bench/*.bench.ts and runs each in its own Node process (with
// --expose-gc, so heap figures are taken after a collection), then prints the goal figures they
// reported in one table, each next to the baseline measured in the same run, with the machine's load.
import { build } from "esbuild";
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import { join } from "path";

const only = process.argv[2];
const benches = readdirSync("bench")
	.filter((name) => name.endsWith(".bench.ts") && (!only || name.includes(only)))
	.sort();
if (benches.length === 0) {
	console.error("No benchmarks found in bench/.");
	process.exit(1);
}
const load = () => `load average ${loadavg().map((n) => n.toFixed(1)).join(" ")} on ${cpus().length} CPUs`;
const loadAtStart = load();
execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: ["ignore", "ignore", "inherit"] });
const outDir = mkdtempSync(join(tmpdir(), "learning-log-bench-"));
const summary = join(outDir, "summary.jsonl");
const failed = [];
try {
	for (const name of benches) {
		const outfile = join(outDir, name.replace(/\.ts$/, ".cjs"));
		await build({
			entryPoints: [join("bench", name)],
			bundle: true,
			platform: "node",
			format: "cjs",
			target: "node20",
			outfile,
			logLevel: "error",
		});
		console.log(`\n== ${name}`);
		try {
			execFileSync(process.execPath, ["--expose-gc", outfile], {
				stdio: "inherit",
				env: { ...process.env, TZ: "Asia/Seoul", LEARNING_LOG_BENCH_SUMMARY: summary },
			});
		} catch {
			// The others still run; the exit status says one failed.
			failed.push(name);
		}
	}
	const rows = existsSync(summary) ? readFileSync(summary, "utf8").trim().split("\n").map((line) => JSON.parse(line)) : [];
	if (rows.length > 0) {
		console.log(`\n== goals (${load()} at the end; ${loadAtStart} at the start)`);
		const cells = [["what", "figure", "baseline in the same run", "ratio", "goal", ""], ...rows.map((r) => [r.what, r.figure, r.baseline, r.ratio, r.goal, r.met ? "met" : "NOT met"])];
		const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)));
		for (const row of cells) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd());
	}
	if (failed.length > 0) {
		console.error(`\nFailed: ${failed.join(", ")}`);
		process.exitCode = 1;
	}
} finally {
	rmSync(outDir, { recursive: true, force: true });
}
