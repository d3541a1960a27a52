import { attributeAssets, type AssetLike, type PostLike } from "../../../src/publish/plan/attribute-assets";

const post = (source: string, content: string): PostLike => ({ source, path: `_posts/2021-08-10-${source}`, content });
const asset = (path: string): AssetLike => ({ source: `att/${path.slice(path.lastIndexOf("/") + 1)}`, path });

describe("which post uses which asset", () => {
	test("by the asset's site path in the post, as written or percent-encoded, whatever the extension's case", () => {
		const assets = [asset("assets/img/x.png"), asset("assets/img/학.png"), asset("assets/img/chart.svg"), asset("assets/img/unused.jpg")];
		const result = attributeAssets(
			[
				post("a.md", "![x]({{ '/assets/img/x.PNG' | relative_url }}) and assets/img/x.png.\n"),
				post("b.md", "![y](/blog/assets/img/%ED%95%99.png)\n<img src=\"/assets/img/chart.svg\">\n"),
				post("c.md", "Version 1.5, e.g. a.pngx, x.png2 and a sentence. Nothing here.\n"),
			],
			assets,
		);
		expect(Object.fromEntries(result.byNote)).toEqual({
			"a.md": ["assets/img/x.png"],
			"b.md": ["assets/img/chart.svg", "assets/img/학.png"],
			"c.md": [],
		});
		expect(result.unclaimed).toEqual(["assets/img/unused.jpg"]);
	});

	// Extensions beyond ASCII take the general search (every `.word` checked); the others a search
	// for their extensions only. An extra asset with a Korean extension, used by no post, switches
	// paths: every other answer must stay the same.
	test("the search narrowed to the assets' extensions finds what the general search finds", () => {
		const names = ["x.png", "X.JPG", "a b.jpeg", "학습.png", "d.webp", "e.pdf", "f.mp4", "g.png", "k.svg", "s.svg", "h.tar", "longer.abcdefghij", "toolong.abcdefghijk", "noextension"];
		const assets = names.map((name) => asset(`assets/img/${name}`));
		const pieces = [
			...names.map((name) => `/assets/img/${name}`),
			...names.map((name) => `/assets/img/${encodeURIComponent(name)}`),
			...names.map((name) => `/assets/img/${name.toUpperCase()}`),
			"/assets/img/k.\u212Avg", // KELVIN SIGN: lower-cases to k, folds to k
			"/assets/img/s.\u017Fvg", // LATIN SMALL LETTER LONG S: folds to s, lower-cases to itself
			"/assets/img/g.png.png",
			"/assets/img/g.pngx",
			"/assets/img/g.png2",
			"/assets/img/g.png학",
			"/assets/img/%E0%A4%A.png",
			"1.5 e.g. 3.14 a.b.c",
			"。.png",
			".",
			"(",
			"\n",
			" ",
			"`",
		];
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return Math.floor((seed / 2147483648) * n);
		};
		const posts = Array.from({ length: 300 }, (_, index) => post(`n${index}.md`, Array.from({ length: 12 }, () => pieces[random(pieces.length)]).join(random(3) === 0 ? " " : "")));
		const narrowed = attributeAssets(posts, assets);
		const general = attributeAssets(posts, [...assets, asset("assets/img/표.그림")]);
		expect(general.byNote).toEqual(narrowed.byNote);
		expect(general.unclaimed).toEqual([...narrowed.unclaimed, "assets/img/표.그림"].sort());
		// The comparison means something: most assets are found, some are not.
		const claimed = new Set([...narrowed.byNote.values()].flat());
		expect(claimed.size).toBe(12);
		expect(claimed.has("assets/img/toolong.abcdefghijk")).toBe(false);
	});

	test("assets whose extension no post can name are never claimed", () => {
		const result = attributeAssets([post("a.md", "/assets/img/noextension and toolong.abcdefghijk\n")], [asset("assets/img/noextension"), asset("assets/img/toolong.abcdefghijk")]);
		expect(result.byNote.get("a.md")).toEqual([]);
		expect(result.unclaimed).toEqual(["assets/img/noextension", "assets/img/toolong.abcdefghijk"]);
	});
});
