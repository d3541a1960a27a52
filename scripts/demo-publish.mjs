// Demo step: publish the demo vault into a fresh Jekyll site (.demo/site, minima theme, the settings
// of a real minimal-mistakes blog) and build it when Jekyll is installed.
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync } from "fs";

const CONFIG = `title: Learning Log demo
theme: minima
baseurl: ""
permalink: /:categories/:title/
timezone: Asia/Seoul
kramdown:
  input: GFM
plugins:
  - jekyll-feed
`;

export function publishStep({ cli, vault, root, writeFileSync, join }) {
	const site = join(root, "site");
	mkdirSync(site, { recursive: true });
	writeFileSync(join(site, "_config.yml"), CONFIG);
	writeFileSync(join(site, "index.md"), "---\nlayout: home\n---\n");
	cli("publish", "--vault", vault, "--out", site, "--report", join(root, "publish-report.json"));
	const jekyll = spawnSync("jekyll", ["--version"], { encoding: "utf8" });
	if (jekyll.error || jekyll.status !== 0) {
		console.log(`\nJekyll is not installed; the site's sources are in ${site}`);
		return;
	}
	console.log("\n$ jekyll build");
	execFileSync("jekyll", ["build"], { cwd: site, stdio: "inherit", env: { ...process.env, TZ: "Asia/Seoul" } });
	console.log(`\nBuilt site: ${join(site, "_site")} (open index.html, or run \`jekyll serve\` in ${site})`);
	console.log(`Publish report: ${join(root, "publish-report.json")}`);
}
