import { spawn, spawnSync } from "child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";

export const CLI = join(__dirname, "../../dist/cli.js");

export interface RunResult {
	status: number | null;
	output: string;
}

export function run(command: string, args: string[], cwd: string): RunResult {
	const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, TZ: "Asia/Seoul", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
	if (result.error) throw new Error(`${command} could not be started: ${result.error.message}`);
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `run` without blocking this process: for a CLI that talks to a server this process serves. */
export function runAsync(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env: { ...process.env, TZ: "Asia/Seoul", LANG: "C.UTF-8", LC_ALL: "C.UTF-8", ...env } });
		let output = "";
		child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
		child.on("error", reject);
		child.on("close", (status) => resolve({ status, output }));
	});
}

/** The end-to-end tests need the real tools: a missing one is a failure, never a skip. */
export function requireTools(): void {
	for (const [tool, args] of [["jekyll", ["--version"]], ["htmlproofer", ["--version"]]] as const) {
		const result = spawnSync(tool, [...args], { encoding: "utf8" });
		if (result.error || result.status !== 0) throw new Error(`${tool} is required for the end-to-end tests (Debian: jekyll, jekyll-theme-minima, ruby-html-proofer); .ci/run installs it.`);
	}
	if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm test`, which builds it first.");
}

/** A fresh Jekyll site with the settings of a real minimal-mistakes blog, on the minima theme. */
export function createSite(root: string, baseurl: string): void {
	mkdirSync(root, { recursive: true });
	writeFileSync(
		join(root, "_config.yml"),
		[
			"title: Learning Log test blog",
			"theme: minima",
			`baseurl: ${JSON.stringify(baseurl)}`,
			"permalink: /:categories/:title/",
			"timezone: Asia/Seoul",
			"kramdown:",
			"  input: GFM",
			"plugins:",
			"  - jekyll-feed",
			"",
		].join("\n"),
	);
	writeFileSync(join(root, "index.md"), "---\nlayout: home\n---\n");
	// Jekyll counts the posts it built; the test compares with what was published.
	writeFileSync(join(root, "posts-count.txt"), "---\nlayout: null\n---\n{{ site.posts | size }}\n");
}

export function copyVault(from: string, to: string): void {
	cpSync(from, to, { recursive: true });
}

export function publish(vault: string, site: string, extra: string[] = []): { status: number | null; output: string; report: PublishReportJson } {
	const reportPath = join(site, "..", `report-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
	const result = run(process.execPath, [CLI, "publish", "--vault", vault, "--out", site, "--report", reportPath, ...extra], site);
	const report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, "utf8")) as PublishReportJson) : ({} as PublishReportJson);
	return { ...result, report };
}

export interface PublishReportJson {
	notes: { source: string; output: string; url: string; warnings: { code: string; message: string }[] }[];
	assets: { source: string; output: string }[];
	deleted: string[];
	errors: { source: string; code: string; message: string }[];
	written: string[];
	unchanged: string[];
}

/** Builds the site; returns Jekyll's output, which must hold no error, warning or skipped post. */
export function jekyllBuild(site: string): RunResult & { postCount: number } {
	const result = run("jekyll", ["build", "--trace"], site);
	const countFile = join(site, "_site/posts-count.txt");
	const postCount = existsSync(countFile) ? Number(readFileSync(countFile, "utf8").trim()) : -1;
	return { ...result, postCount };
}

export function htmlproofer(site: string, baseurl: string): RunResult {
	const args = ["./_site", "--disable-external", "--allow-hash-href", "--empty-alt-ignore"];
	if (baseurl) args.push("--url-swap", `^${baseurl}/:/`);
	return run("htmlproofer", args, site);
}

/** Every file of the site (not the build output) → its modification time. */
export function snapshot(site: string): Map<string, number> {
	const files = new Map<string, number>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (["_site", ".jekyll-cache", ".jekyll-metadata"].includes(entry.name)) continue;
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.set(relative(site, path).split("\\").join("/"), statSync(path).mtimeMs);
		}
	};
	walk(site);
	return files;
}
