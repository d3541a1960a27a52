import { convertVault } from "../../../src/publish/convert/convert-vault";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

const TIME = Date.UTC(2021, 7, 10, 12);
const site = parseSiteConfig(null, DEFAULT_PUBLISH_SETTINGS);

/** Converts the notes (converted in path order) and gives each post's body and warnings. */
function convert(texts: Record<string, string>): Map<string, { body: string; warnings: string[] }> {
	const notes = Object.entries(texts).map(([path, text]) => ({ path, text, ctime: TIME, mtime: TIME }));
	const result = convertVault({ notes, attachments: [], publishedPaths: new Set(notes.map((note) => note.path)), settings: DEFAULT_PUBLISH_SETTINGS, site });
	return new Map(
		result.posts.map((post) => [
			post.source,
			{
				body: post.content.slice(post.content.indexOf("\n---\n") + 5),
				warnings: post.warnings.map((warning) => `${warning.code} ${String(warning.params.heading ?? warning.params.block ?? "")}`),
			},
		]),
	);
}

describe("headings a link can reach", () => {
	test("in quotes and callouts, ATX or setext, at any depth; a quote with no heading marker has none", () => {
		const target = [
			"---\ndate: 2021-08-09\n---",
			"> Quoted\n> ===\n",
			"> > Deep\r\n> > ---\r\n",
			"> [!tip] Tip\n> ## Atx\n",
			"> just [[Other]] text, - and = inside\n> second line\n",
		].join("\n");
		const posts = convert({ "Source.md": "---\ndate: 2021-08-10\n---\n[[Target#Quoted]] [[Target#Deep]] [[Target#Atx]] [[Target#just Other text]]\n", "Target.md": target, "Other.md": "---\ndate: 2021-08-08\n---\nx\n" });
		const source = posts.get("Source.md")!;
		expect(source.body).toContain("[Target > Quoted]({% post_url 2021-08-09-target %}#quoted)");
		expect(source.body).toContain("[Target > Deep]({% post_url 2021-08-09-target %}#deep)");
		expect(source.body).toContain("[Target > Atx]({% post_url 2021-08-09-target %}#atx)");
		expect(source.warnings).toEqual(["missing-heading just Other text"]);
	});

	test("a note converted before the notes linking to it keeps its headings, sections and blocks for them", () => {
		const earlier = "---\ndate: 2021-08-09\n---\n## Part\n\nPart text ^kept\n\n## Rest\n\nmore\n";
		const posts = convert({ "A.md": earlier, "B.md": "---\ndate: 2021-08-10\n---\n[[A#Part]] [[A#Nowhere]]\n\n![[A#Part]]\n\n![[A#^kept]]\n" });
		const later = posts.get("B.md")!;
		expect(later.body).toContain("[A > Part]({% post_url 2021-08-09-a %}#part)");
		expect(later.body.match(/> Part text/g)).toHaveLength(2);
		expect(later.body).not.toContain("more");
		expect(later.warnings).toEqual(["missing-heading Nowhere"]);
	});
});
