// `npm run bench -- publish`: publishing a generated 5,000-note vault into a folder, next to a plain
// copy of the same files measured in the same run (the goal: the whole publish within 3× of it).
import { promises as fs, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { loadavg, tmpdir } from "os";
import * as path from "path";
import { generateVault } from "../tests/e2e/generate-vault";
import { NodeNoteStore } from "../src/node/node-note-store";
import { convertVault } from "../src/publish/convert/convert-vault";
import { readManifest, type PublishManifest } from "../src/publish/plan/manifest";
import { runPublish, type PublishOutcome } from "../src/publish/publish-pipeline";
import { DEFAULT_PUBLISH_SETTINGS } from "../src/publish/publish-settings";
import { FolderTarget } from "../src/publish/targets/folder-target";
import { siteDiskFromNode } from "../src/publish/targets/site-disk";

const NOTES = 5000;
// Disk write-back makes single rounds swing by 3× here; the fastest of four is steady enough to compare.
const ROUNDS = 4;
const print = (line: string) => process.stdout.write(`${line}\n`);

interface Measured<T> {
	value: T;
	ms: number;
	peakRssMb: number;
	peakHeapMb: number;
}

async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
	(globalThis as { gc?: () => void }).gc?.();
	let peakRss = 0;
	let peakHeap = 0;
	const sample = () => {
		const usage = process.memoryUsage();
		peakRss = Math.max(peakRss, usage.rss);
		peakHeap = Math.max(peakHeap, usage.heapUsed);
	};
	const timer = setInterval(sample, 10);
	sample();
	const start = process.hrtime.bigint();
	const value = await work();
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	sample();
	clearInterval(timer);
	return { value, ms, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
}

/** The same files read and written with no conversion, as many at once as the folder target does. */
async function plainCopy(vault: string, out: string): Promise<{ files: number; bytes: number }> {
	const store = new NodeNoteStore(vault);
	let bytes = 0;
	const files = await store.listFiles();
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++];
			const target = path.join(out, file.path);
			await fs.mkdir(path.dirname(target), { recursive: true });
			const content = file.path.endsWith(".md") ? await store.read(file.path) : await store.readBinary(file.path);
			bytes += typeof content === "string" ? Buffer.byteLength(content) : content.length;
			await fs.writeFile(`${target}.tmp`, content);
			await fs.rename(`${target}.tmp`, target);
		}
	};
	await Promise.all(Array.from({ length: 16 }, worker));
	return { files: files.length, bytes };
}

function publishOnce(vault: string, site: string, manifest: PublishManifest, dryRun: boolean) {
	const target = new FolderTarget(site, () => Promise.resolve(siteDiskFromNode(fs, path)));
	return runPublish({
		store: new NodeNoteStore(vault),
		target,
		siteKey: `folder:${site}`,
		settings: DEFAULT_PUBLISH_SETTINGS,
		manifest,
		scope: { kind: "all" },
		dryRun,
		convert: convertVault,
	});
}

function row(name: string, run: Measured<unknown>, notes: number, megabytes: number, baselineMs: number): string {
	const notesPerSecond = (notes / run.ms) * 1000;
	const mbPerSecond = (megabytes / run.ms) * 1000;
	return [
		name.padEnd(26),
		`${run.ms.toFixed(0).padStart(6)} ms`,
		`${notesPerSecond.toFixed(0).padStart(7)} notes/s`,
		`${mbPerSecond.toFixed(1).padStart(6)} MB/s`,
		`peak rss ${run.peakRssMb.toFixed(0).padStart(4)} MB`,
		`peak heap ${run.peakHeapMb.toFixed(0).padStart(4)} MB`,
		`${(run.ms / baselineMs).toFixed(2).padStart(5)}× copy`,
	].join("  ");
}

async function main(): Promise<void> {
	const work = mkdtempSync(path.join(tmpdir(), "learning-log-publish-bench-"));
	try {
		const vault = path.join(work, "vault");
		const generated = generateVault(vault, NOTES);
		const empty = readManifest(null).manifest;
		// Other work on the machine makes single timings noisy: run every step in each of a few rounds,
		// interleaved, and keep each step's fastest round.
		const fastest = <T>(runs: Measured<T>[]) => runs.reduce((best, run) => (run.ms < best.ms ? run : best));
		const rounds: { copy: Measured<{ bytes: number }>; dry: Measured<PublishOutcome>; full: Measured<PublishOutcome>; again: Measured<PublishOutcome> }[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			const site = path.join(work, `site-${round}`);
			mkdirSync(site);
			writeFileSync(path.join(site, "_config.yml"), "permalink: /:categories/:title/\ntimezone: Asia/Seoul\nkramdown:\n  input: GFM\n");
			const copy = await measure(() => plainCopy(vault, path.join(work, `copy-${round}`)));
			const dry = await measure(() => publishOnce(vault, site, empty, true));
			const full = await measure(() => publishOnce(vault, site, empty, false));
			const again = await measure(() => publishOnce(vault, site, full.value.manifest, false));
			rounds.push({ copy, dry, full, again });
		}
		const copy = fastest(rounds.map((r) => r.copy));
		const dry = fastest(rounds.map((r) => r.dry));
		const full = fastest(rounds.map((r) => r.full));
		const again = fastest(rounds.map((r) => r.again));
		const megabytes = copy.value.bytes / 2 ** 20;

		const report = full.value.report;
		print(`vault: ${NOTES} notes (${generated.published.length} published, ${generated.private.length} private), ${generated.attachments.length} images, ${megabytes.toFixed(1)} MB`);
		print(`published: ${report.notes.length} posts, ${report.assets.length} assets, ${report.notes.reduce((n, note) => n + note.warnings.length, 0)} warnings, ${report.errors.length} errors`);
		print(row("plain copy (baseline)", copy, NOTES, megabytes, copy.ms));
		print(row("publish --dry-run", dry, NOTES, megabytes, copy.ms));
		print(row("publish --out", full, NOTES, megabytes, copy.ms));
		print(row("republish unchanged", again, NOTES, megabytes, copy.ms));
		const rewritten = rounds.map((r) => `${r.again.value.report.written.length}/${r.again.value.report.deleted.length}`).join(", ");
		print(`republish unchanged wrote/deleted per round: ${rewritten} (goal: 0/0 every time)`);
		print(`fastest of ${ROUNDS} interleaved rounds; load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(" ")}`);
		const ratio = full.ms / copy.ms;
		print(`publish --out is ${ratio.toFixed(2)}× the plain copy (goal ≤ 3×): ${ratio <= 3 ? "met" : "NOT met"}`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

void main();
