// Runs before `npm test`: the end-to-end tests need the real Jekyll, html-proofer, Chromium, a
// Korean font (for the screenshots) and faketime (for the shifted-clock pass). When one is missing,
// root on Debian or Ubuntu gets it installed with apt-get; anyone else gets the exact command to
// run, and the tests do not start: a missing tool never turns into a silently skipped test.
const { execFileSync, spawnSync } = require("child_process");
const { existsSync, readFileSync } = require("fs");
const { delimiter, join } = require("path");

/** Each tool the tests run, how to tell it is there, and the Debian package that brings it. */
const requirements = [
	{ name: "git", package: "git", present: (probe) => probe.onPath("git") },
	{ name: "Jekyll", package: "jekyll", present: (probe) => probe.onPath("jekyll") },
	{ name: "the Minima theme", package: "jekyll-theme-minima", present: (probe) => probe.debianPackage("jekyll-theme-minima") },
	{ name: "html-proofer", package: "ruby-html-proofer", present: (probe) => probe.onPath("htmlproofer") },
	{ name: "Chromium", package: "chromium", present: (probe) => probe.file("/usr/bin/chromium") },
	// fc-list finds the font; a bare Debian has neither.
	{ name: "fontconfig", package: "fontconfig", present: (probe) => probe.onPath("fc-list") },
	{ name: "a Korean font", package: "fonts-noto-cjk", present: (probe) => probe.koreanFont() },
	{ name: "faketime", package: "faketime", present: (probe) => probe.onPath("faketime") },
];

/**
 * What to do about the missing packages: nothing, install them (root on Debian/Ubuntu), or stop
 * with the command a person has to run.
 */
function decide({ missing, isRoot, isDebian }) {
	if (missing.length === 0) return { action: "ready" };
	const packages = missing.map((requirement) => requirement.package);
	const install = `apt-get install -y --no-install-recommends ${packages.join(" ")}`;
	if (isDebian && isRoot) return { action: "install", packages };
	const names = missing.map((requirement) => requirement.name).join(", ");
	if (isDebian) {
		return { action: "stop", message: `The tests need ${names}. Run this first, then npm test again:\n\n  sudo apt-get update && sudo ${install}\n` };
	}
	return {
		action: "stop",
		message: `The tests need ${names} (Debian/Ubuntu packages: ${packages.join(", ")}). Install them with your system's package manager, or run the tests on Debian or Ubuntu:\n\n  sudo apt-get update && sudo ${install}\n`,
	};
}

/** Looks at the real machine. */
function machineProbe(env = process.env) {
	const pathDirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
	const succeeds = (command, args) => {
		if (!pathDirs.some((dir) => existsSync(join(dir, command)))) return false;
		return spawnSync(command, args, { env, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" });
	};
	return {
		onPath: (command) => pathDirs.some((dir) => existsSync(join(dir, command))),
		file: (path) => existsSync(path),
		debianPackage: (name) => {
			const run = succeeds("dpkg-query", ["-W", "-f=${Status}", name]);
			return Boolean(run) && run.status === 0 && run.stdout.includes("install ok installed");
		},
		koreanFont: () => {
			const run = succeeds("fc-list", [":lang=ko", "family"]);
			return Boolean(run) && run.status === 0 && run.stdout.trim() !== "";
		},
	};
}

function isDebianLike() {
	if (!existsSync("/etc/os-release")) return false;
	const release = readFileSync("/etc/os-release", "utf8");
	return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

function main() {
	const probe = machineProbe();
	const missing = requirements.filter((requirement) => !requirement.present(probe));
	const decision = decide({ missing, isRoot: process.getuid?.() === 0, isDebian: isDebianLike() });
	if (decision.action === "ready") return;
	if (decision.action === "stop") {
		process.stderr.write(decision.message);
		process.exit(1);
	}
	process.stderr.write(`Installing what the tests need: ${decision.packages.join(" ")}\n`);
	const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
	execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
	execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...decision.packages], { stdio: "inherit", env });
	const stillMissing = requirements.filter((requirement) => !requirement.present(machineProbe()));
	if (stillMissing.length > 0) {
		process.stderr.write(`Still missing after installing: ${stillMissing.map((requirement) => requirement.name).join(", ")}\n`);
		process.exit(1);
	}
}

module.exports = { requirements, decide, machineProbe };

if (require.main === module) main();
