// `npm run bench`: bundles every bench/*.bench.ts and runs each in its own Node process (with
// --expose-gc, so heap figures are taken after a collection), printing the figures they report.
import { build } from "esbuild";
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const only = process.argv[2];
const benches = readdirSync("bench")
	.filter((name) => name.endsWith(".bench.ts") && (!only || name.includes(only)))
	.sort();
if (benches.length === 0) {
	console.error("No benchmarks found in bench/.");
	process.exit(1);
}
const outDir = mkdtempSync(join(tmpdir(), "learning-log-bench-"));
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
		execFileSync(process.execPath, ["--expose-gc", outfile], { stdio: "inherit", env: { ...process.env, TZ: "Asia/Seoul" } });
	}
} finally {
	rmSync(outDir, { recursive: true, force: true });
}
