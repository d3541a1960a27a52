import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

describe("parseSiteConfig", () => {
	test("Jekyll's defaults when the site has no _config.yml", () => {
		const site = parseSiteConfig(null, DEFAULT_PUBLISH_SETTINGS);
		expect(site).toMatchObject({ baseurl: "", permalink: "/:categories/:year/:month/:day/:title:output_ext", timezone: null, kramdownGfm: true, redirectFrom: false, builder: "jekyll4" });
	});

	test("reads a minimal-mistakes blog's settings", () => {
		const yml = [
			"baseurl: blog/",
			"permalink: /:categories/:title/",
			"timezone: Asia/Seoul",
			"kramdown:",
			"  input: kramdown",
			"plugins: [jekyll-feed, jekyll-redirect-from]",
			"tag_archive:",
			"  type: liquid",
			"  path: /tags/",
			"category_archive:",
			"  path: /categories/",
		].join("\n");
		const site = parseSiteConfig(yml, { ...DEFAULT_PUBLISH_SETTINGS, builder: "github-pages-classic" });
		expect(site).toMatchObject({
			baseurl: "/blog",
			permalink: "/:categories/:title/",
			timezone: "Asia/Seoul",
			kramdownGfm: false,
			redirectFrom: true,
			tagArchivePath: "/tags/",
			categoryArchivePath: "/categories/",
			builder: "github-pages-classic",
		});
	});

	test("expands the built-in permalink styles and reads Jekyll 3's gems key", () => {
		const site = parseSiteConfig("permalink: pretty\ngems:\n  - jekyll-redirect-from\n", DEFAULT_PUBLISH_SETTINGS);
		expect(site.permalink).toBe("/:categories/:year/:month/:day/:title/");
		expect(site.redirectFrom).toBe(true);
	});

	test("a broken _config.yml falls back to the defaults instead of throwing", () => {
		expect(parseSiteConfig("baseurl: [oops", DEFAULT_PUBLISH_SETTINGS).baseurl).toBe("");
	});
});
