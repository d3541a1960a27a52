// Shared by the benches: the machine's load, commands timed as separate processes (as a user runs
// them), and the goal rows that `npm run bench` gathers into one table at the end.
import { spawnSync } from "child_process";
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, rmSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import * as path from "path";

/** One figure of the goal table, next to the baseline measured in the same run. */
export interface GoalRow {
	what: string;
	figure: string;
	baseline: string;
	/** "3.2×" against the baseline, or "" when the figure is a count. */
	ratio: string;
	goal: string;
	met: boolean;
}

/** Adds a row to the summary `npm run bench` prints last (a file named by the runner). */
export function reportGoal(row: GoalRow): void {
	const file = process.env.LEARNING_LOG_BENCH_SUMMARY;
	if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
	process.stdout.write(`goal: ${row.what}: ${row.figure} vs ${row.baseline}${row.ratio ? ` (${row.ratio})` : ""}; ${row.goal}: ${row.met ? "met" : "NOT met"}\n`);
}

export function machineLoad(): string {
	return `load average ${loadavg().map((n) => n.toFixed(1)).join(" ")} on ${cpus().length} CPUs`;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const times = (ms: number, baselineMs: number) => `${(ms / baselineMs).toFixed(2)}×`;

export interface ProcessRun {
	ms: number;
	/** Peak resident memory of a Node child, when it could be read. */
	peakRssMb: number | null;
	status: number | null;
	stderr: string;
}

const PEAK_RSS_PRELOAD = path.resolve("scripts/bench-peak-rss.mjs");

/**
 * Runs a command to completion with its output thrown away (as `> /dev/null` would), timing the
 * whole process: start-up included, since that is what the user waits for.
 */
export function runProcess(command: string, args: readonly string[], options: { node?: boolean; cwd?: string } = {}): ProcessRun {
	const rssFile = path.join(tmpdir(), `learning-log-bench-rss-${process.pid}`);
	rmSync(rssFile, { force: true });
	const devNull = openSync("/dev/null", "w");
	const env = options.node ? { ...process.env, LEARNING_LOG_BENCH_RSS: rssFile } : process.env;
	const fullArgs = options.node ? ["--import", PEAK_RSS_PRELOAD, ...args] : [...args];
	const start = process.hrtime.bigint();
	const result = spawnSync(command, fullArgs, { cwd: options.cwd, env, stdio: ["ignore", devNull, "pipe"], maxBuffer: 64 * 2 ** 20 });
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	closeSync(devNull);
	const peakRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : null;
	rmSync(rssFile, { force: true });
	return { ms, peakRssMb, status: result.status, stderr: result.stderr?.toString() ?? String(result.error ?? "") };
}

/** Throws with the command's own message when it failed: a bench of a failing command means nothing. */
export function expectSuccess(run: ProcessRun, what: string, allowed: readonly number[] = [0]): ProcessRun {
	if (run.status === null || !allowed.includes(run.status)) throw new Error(`${what} failed (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
	return run;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function medianOf(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The ratio a goal is judged by: the median over rounds of figure ÷ baseline measured in the same
 * round, so a burst of other work on the machine that slows one round counts once, in both.
 */
export function medianRatio(rounds: ReadonlyArray<{ ms: number; baselineMs: number }>): number {
	return medianOf(rounds.map((round) => round.ms / round.baselineMs));
}

export function fastestOf<T extends { ms: number }>(runs: readonly T[]): T {
	return runs.reduce((best, run) => (run.ms < best.ms ? run : best));
}

/** The built command line (`npm run bench` builds it first), or another build to compare with. */
export function cliPath(): string {
	const cli = path.resolve("dist/cli.js");
	if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first.");
	return cli;
}

/** `LEARNING_LOG_BENCH_BEFORE=/path/to/cli.js` adds an earlier build, timed in the same rounds. */
export function earlierCliPath(): string | null {
	const earlier = process.env.LEARNING_LOG_BENCH_BEFORE;
	if (!earlier) return null;
	if (!existsSync(earlier)) throw new Error(`LEARNING_LOG_BENCH_BEFORE names no file: ${earlier}`);
	return path.resolve(earlier);
}
