// `npm run test:shifted`: the unit tests again under other clocks and zones (libfaketime), so a test
// that reads the machine's date or zone fails here before it fails on the first of next month.
// Each pass is a moment where dates are most fragile: late evening at the end of a month and a
// year, a leap day, and zones far east and far west of UTC.
import { spawnSync } from "child_process";

const SHIFTED_CLOCKS = [
	{ zone: "Pacific/Kiritimati", time: "2027-02-28 23:30:00" },
	{ zone: "America/Adak", time: "2026-12-31 00:30:00" },
	{ zone: "Asia/Seoul", time: "2028-02-29 12:00:00" },
];

if (spawnSync("faketime", ["--help"], { stdio: "ignore" }).error) {
	console.error("faketime is missing. Install it first: sudo apt-get install faketime");
	process.exit(1);
}

const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const failed = [];
for (const { zone, time } of SHIFTED_CLOCKS) {
	console.error(`\n== unit tests at ${time} in ${zone} ==`);
	const jest = ["node_modules/.bin/jest", "--selectProjects", "unit", ...process.argv.slice(2)];
	const run = spawnSync("faketime", [time, ...jest], { stdio: "inherit", env: { ...process.env, TZ: zone } });
	if (run.status !== 0) failed.push(`${time} ${zone}`);
}
if (failed.length > 0) {
	console.error(`\nUnit tests failed under a shifted clock: ${failed.join("; ")}`);
	process.exit(1);
}
