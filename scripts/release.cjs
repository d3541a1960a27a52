// The release steps, the same in GitHub Actions and on a maintainer's machine:
//   node scripts/release.cjs <tag> <out-dir>
// checks that the tag is the version in package.json, manifest.json and versions.json (Obsidian
// finds a release by a tag equal to manifest.json's version, without a `v`), builds, and puts the
// three files Obsidian downloads (main.js, manifest.json, styles.css) and the CHANGELOG's section
// for the version (notes.md) into <out-dir>.
const { execFileSync } = require("child_process");
const { copyFileSync, mkdirSync, readFileSync, writeFileSync } = require("fs");
const { join, resolve } = require("path");

const releaseAssets = ["main.js", "manifest.json", "styles.css"];

/**
 * The body of `## <version>` (also `## [<version>]`, with an optional " - date" after it) up to the
 * next second-level heading; undefined when the section is missing or empty.
 */
function changelogSection(changelog, version) {
	const lines = changelog.replace(/\r\n?/g, "\n").split("\n");
	const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	const heading = new RegExp(`^##\\s+\\[?${escaped}\\]?(?:\\s|$)`);
	const start = lines.findIndex((line) => heading.test(line));
	if (start < 0) return undefined;
	const next = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
	const body = lines.slice(start + 1, next < 0 ? undefined : next).join("\n").trim();
	return body === "" ? undefined : body + "\n";
}

/** What stops `tag` from being released from these files; empty when nothing does. */
function releaseProblems({ tag, packageJson, manifest, versions, changelog }) {
	const problems = [];
	if (!/^\d+\.\d+\.\d+$/.test(tag)) problems.push(`The tag "${tag}" is not a version like 1.2.3 (no "v" in front: Obsidian looks for the manifest's version itself).`);
	if (manifest.version !== tag) problems.push(`manifest.json says version ${manifest.version}, the tag is ${tag}.`);
	if (packageJson.version !== tag) problems.push(`package.json says version ${packageJson.version}, the tag is ${tag}.`);
	if (versions[tag] !== manifest.minAppVersion) problems.push(`versions.json maps ${tag} to ${versions[tag]}, manifest.json's minAppVersion is ${manifest.minAppVersion}.`);
	if (changelogSection(changelog, tag) === undefined) problems.push(`CHANGELOG.md has no "## ${tag}" section with notes.`);
	return problems;
}

function readJson(dir, name) {
	return JSON.parse(readFileSync(join(dir, name), "utf8"));
}

function headIsTag(dir, tag) {
	try {
		const run = (...args) => execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
		return run("rev-parse", `${tag}^{commit}`) === run("rev-parse", "HEAD");
	} catch {
		return false;
	}
}

function main([tag, outDir]) {
	if (!tag || !outDir || tag === "--help") {
		console.error("Usage: node scripts/release.cjs <tag> <out-dir>");
		process.exit(tag === "--help" ? 0 : 2);
	}
	const dir = resolve(__dirname, "..");
	const problems = releaseProblems({
		tag,
		packageJson: readJson(dir, "package.json"),
		manifest: readJson(dir, "manifest.json"),
		versions: readJson(dir, "versions.json"),
		changelog: readFileSync(join(dir, "CHANGELOG.md"), "utf8"),
	});
	if (!headIsTag(dir, tag)) problems.push(`The checked-out commit is not the tag ${tag}: run "git checkout ${tag}" first.`);
	if (problems.length > 0) {
		console.error(problems.join("\n"));
		process.exit(1);
	}
	// The production bundle, as `npm run build` makes it; the type check ran with the tests before.
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: dir, stdio: "inherit" });
	mkdirSync(outDir, { recursive: true });
	for (const asset of releaseAssets) copyFileSync(join(dir, asset), join(outDir, asset));
	writeFileSync(join(outDir, "notes.md"), changelogSection(readFileSync(join(dir, "CHANGELOG.md"), "utf8"), tag));
	console.log(`Release ${tag}: ${releaseAssets.map((asset) => join(outDir, asset)).join(", ")}, notes in ${join(outDir, "notes.md")}`);
}

module.exports = { releaseAssets, changelogSection, releaseProblems };

if (require.main === module) main(process.argv.slice(2));
