/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CLI, copyVault, createSite, htmlproofer, jekyllBuild, publish, requireTools, run } from "./jekyll-site";
import { shieldsReads } from "../team/shields-reads";

const EXAMPLES = join(__dirname, "../../examples/vault");
let work: string;

beforeAll(() => {
	requireTools();
	work = mkdtempSync(join(tmpdir(), "learning-log-badges-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function decodeEntities(text: string): string {
	return text.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

const touchedTopics: Record<string, string> = {
	// path → when it was changed on 2021-08-10 (KST); the 01:30 one is still the 10th (day starts at 4).
	"topics/Optimization.md": "2021-08-10T10:00:00+09:00",
	"topics/Computer Science/Big-O 표기법.md": "2021-08-10T13:00:00+09:00",
	"topics/Transformer 정리.md": "2021-08-10T15:00:00+09:00",
	"topics/snake_case - 이름 짓기.md": "2021-08-11T01:30:00+09:00",
};

describe.each(["", "/blog"])("topics published as badges (baseurl %j)", (baseurl) => {
	test("update-topics, new-week, then publish: badges link to the right posts, the review shows the retrospectives, html-proofer finds nothing broken", () => {
		const root = join(work, `site${baseurl.replace("/", "-")}`);
		const vault = join(root, "vault");
		const site = join(root, "site");
		copyVault(EXAMPLES, vault);
		createSite(site, baseurl);
		writeFileSync(join(vault, "topics/snake_case - 이름 짓기.md"), "---\npublish: true\ntags: [python]\n---\n\n변수 이름은 `snake_case`로.\n");
		const dataPath = join(vault, ".obsidian/plugins/learning-log/data.json");
		const data = JSON.parse(readFileSync(dataPath, "utf8"));
		data.team = { topicsPublishStyle: "badges", badgeColor: "ff6f00" };
		writeFileSync(dataPath, JSON.stringify(data));
		for (const [path, when] of Object.entries(touchedTopics)) utimesSync(join(vault, path), new Date(when), new Date(when));

		const update = run(process.execPath, [CLI, "update-topics", "--vault", vault, "--date", "2021-08-10"], vault);
		expect(update.output).toContain("daily/2021-08-10.md");
		expect(update.status).toBe(0);
		const dayNote = readFileSync(join(vault, "daily/2021-08-10.md"), "utf8");
		expect(dayNote).toContain(
			"<!-- learning-log:topics -->\n- [[Optimization]]\n- [[Big-O 표기법]]\n- [[Transformer 정리]]\n- [[snake_case - 이름 짓기]]\n\n<!-- /learning-log:topics -->",
		);

		// The week review, published too, must show the days' retrospectives in place of its embeds.
		const week = run(process.execPath, [CLI, "new-week", "--vault", vault, "--date", "2021-08-12"], vault);
		expect(week.output).toContain("weekly/Week 2.md");
		const reviewPath = join(vault, "weekly/Week 2.md");
		writeFileSync(reviewPath, readFileSync(reviewPath, "utf8").replace("publish: false", "publish: true"));

		const published = publish(vault, site);
		expect(published.report.errors).toEqual([]);
		expect(published.status).toBe(0);
		const urlOf = (source: string) => published.report.notes.find((note) => note.source === source)?.url;
		const day = published.report.notes.find((note) => note.source === "daily/2021-08-10.md")!;
		expect(day.warnings.map((warning) => warning.code)).toContain("unpublished-link");

		const build = jekyllBuild(site);
		expect(build.output).not.toMatch(/error|warning|skipping|deprecation/i);
		expect(build.status).toBe(0);
		const proof = htmlproofer(site, baseurl);
		expect(proof.output).toContain("HTML-Proofer finished successfully.");
		expect(proof.status).toBe(0);

		const pagePath = decodeURIComponent(day.url.slice(baseurl.length)).replace(/\/$/, "/index.html");
		const html = readFileSync(join(site, "_site", pagePath), "utf8");
		const paragraph = /<p class="learning-log-topics">([\s\S]*?)<\/p>/.exec(html)?.[1];
		expect(paragraph).toBeDefined();
		const badges = [...paragraph!.matchAll(/<a href="([^"]+)"><img src="https:\/\/img\.shields\.io\/badge\/-([^"]+)-ff6f00" alt="([^"]*)" \/><\/a>/g)].map(
			([, href, label, alt]) => ({ href, label: shieldsReads(label), alt: decodeEntities(alt) }),
		);
		expect(badges).toEqual([
			{ href: urlOf("topics/Optimization.md"), label: "Optimization", alt: "Optimization" },
			{ href: urlOf("topics/Computer Science/Big-O 표기법.md"), label: "Big-O 표기법", alt: "Big-O 표기법" },
			{ href: urlOf("topics/snake_case - 이름 짓기.md"), label: "snake_case - 이름 짓기", alt: "snake_case - 이름 짓기" },
		]);
		for (const badge of badges) expect(badge.href?.startsWith(`${baseurl}/`)).toBe(true);
		// Not published: plain text, no link, as everywhere else.
		expect(paragraph).toContain("\nTransformer 정리\n");
		expect(html).not.toContain("learning-log:topics");

		const reviewUrl = urlOf("weekly/Week 2.md")!;
		const review = readFileSync(join(site, "_site", decodeURIComponent(reviewUrl.slice(baseurl.length)).replace(/\/$/, "/index.html")), "utf8");
		for (const date of ["2021-08-09", "2021-08-10", "2021-08-11", "2021-08-12"]) {
			expect(review).toContain(`href="${urlOf(`daily/${date}.md`)}"`);
		}
		expect(review).toContain("수식이 많아서 처음엔 겁을 먹었는데"); // 2021-08-10's 회고, inlined
		expect(review).not.toContain("![[");
	});
});
