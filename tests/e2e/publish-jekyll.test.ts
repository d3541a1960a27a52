/** @jest-environment node */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateVault } from "./generate-vault";
import { copyVault, createSite, htmlproofer, jekyllBuild, publish, requireTools, snapshot } from "./jekyll-site";

const EXAMPLES = join(__dirname, "../../examples/vault");
const GENERATED_NOTES = 150;
let work: string;

beforeAll(() => {
	requireTools();
	work = mkdtempSync(join(tmpdir(), "learning-log-e2e-"));
});

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

function prepareVault(kind: "examples" | "generated", root: string): void {
	if (kind === "examples") copyVault(EXAMPLES, root);
	else generateVault(root, GENERATED_NOTES);
}

function expectCleanBuild(site: string, baseurl: string, publishedPosts: number): void {
	const build = jekyllBuild(site);
	expect(build.output).not.toMatch(/error|warning|skipping|deprecation/i);
	expect(build.status).toBe(0);
	expect(build.postCount).toBe(publishedPosts);
	const proof = htmlproofer(site, baseurl);
	expect(proof.output).toContain("HTML-Proofer finished successfully.");
	expect(proof.status).toBe(0);
}

describe.each([
	["examples", ""],
	["examples", "/blog"],
	["generated", ""],
	["generated", "/blog"],
] as const)("publishing the %s vault into a Jekyll site with baseurl %j", (kind, baseurl) => {
	test("builds with no error, warning or skipped post, and html-proofer finds no broken link", () => {
		const root = join(work, `${kind}${baseurl.replace("/", "-")}`);
		const vault = join(root, "vault");
		const site = join(root, "site");
		prepareVault(kind, vault);
		createSite(site, baseurl);
		const result = publish(vault, site);
		expect(result.report.errors).toEqual([]);
		expect(result.status).toBe(0);
		expect(result.report.notes.length).toBeGreaterThan(kind === "examples" ? 8 : 100);
		if (kind === "examples") expect(result.report.notes.map((n) => n.source)).not.toContain("topics/Transformer 정리.md");
		expectCleanBuild(site, baseurl, result.report.notes.length);
		for (const note of result.report.notes) expect(note.url.startsWith(`${baseurl}/`)).toBe(true);
	});
});

describe("republishing the examples vault", () => {
	const root = () => join(work, "lifecycle");
	const vault = () => join(root(), "vault");
	const site = () => join(root(), "site");

	test("writes nothing when nothing changed, then removes only the stale posts of changed notes", () => {
		copyVault(EXAMPLES, vault());
		createSite(site(), "");
		const first = publish(vault(), site());
		expect(first.status).toBe(0);
		// Files the vault did not write: a hand-written post and a page.
		writeFileSync(join(site(), "_posts/2020-01-01-hand-written.md"), "---\ntitle: Hand written\n---\nMine.\n");
		writeFileSync(join(site(), "about.md"), "---\nlayout: page\ntitle: About\n---\nAbout me.\n");
		const before = snapshot(site());

		const again = publish(vault(), site());
		expect(again.status).toBe(0);
		expect(again.report.written).toEqual([]);
		expect(again.report.deleted).toEqual([]);
		expect(snapshot(site())).toEqual(before);

		const outputOf = (source: string) => first.report.notes.find((n) => n.source === source)!.output;
		const unpublished = "topics/Gradient Descent.md";
		const deleted = "topics/PyTorch Tensor.md";
		const redated = "topics/RNN 기초.md";
		const renamedFrom = "topics/CNN 기초.md";
		const text = (path: string) => readFileSync(join(vault(), path), "utf8");
		writeFileSync(join(vault(), unpublished), text(unpublished).replace("publish: true", "publish: false"));
		rmSync(join(vault(), deleted));
		writeFileSync(join(vault(), redated), text(redated).replace(/^date: .*$/m, "date: 2021-08-20 10:00:00 +0900"));
		writeFileSync(join(vault(), renamedFrom), text(renamedFrom).replace(/^title: .*$/m, 'title: "CNN 입문"'));
		renameSync(join(vault(), renamedFrom), join(vault(), "topics/CNN 입문.md"));

		const third = publish(vault(), site());
		expect(third.report.errors).toEqual([]);
		expect(third.status).toBe(0);
		const stale = [unpublished, deleted, redated, renamedFrom].map(outputOf);
		expect([...third.report.deleted].sort()).toEqual(expect.arrayContaining(stale.filter((path) => !third.report.notes.some((n) => n.output === path))));
		for (const path of third.report.deleted) expect(first.report.notes.map((n) => n.output).concat(first.report.assets.map((a) => a.output))).toContain(path);
		const after = snapshot(site());
		for (const path of stale) expect(after.has(path)).toBe(third.report.notes.some((n) => n.output === path));
		// Files we did not write, and posts that did not change, are untouched.
		for (const [path, mtime] of before) {
			if (third.report.written.includes(path) || third.report.deleted.includes(path)) continue;
			expect([path, after.get(path)]).toEqual([path, mtime]);
		}
		expect(after.get("_posts/2020-01-01-hand-written.md")).toBe(before.get("_posts/2020-01-01-hand-written.md"));
		expect(after.get("about.md")).toBe(before.get("about.md"));
		expectCleanBuild(site(), "", third.report.notes.length + 1);
	});
});
