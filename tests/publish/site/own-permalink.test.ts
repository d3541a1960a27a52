import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { zonedPostDate } from "../../../src/publish/site/post-date";
import { assignPostIdentities } from "../../../src/publish/site/post-identity";
import { parseSiteConfig } from "../../../src/publish/site/site-config";
import { pageFilesFor, pageUrl } from "../../../src/publish/site/site-pages";

const site = parseSiteConfig("baseurl: /blog\npermalink: /:categories/:title/\ntimezone: Asia/Seoul\n", DEFAULT_PUBLISH_SETTINGS);
const note = (path: string, frontMatter: Record<string, unknown>) => ({ path, name: path.replace(/\.md$/, ""), frontMatter: { date: "2021-08-10", ...frontMatter }, ctime: 0 });

describe("a note's own permalink", () => {
	test("is its URL (baseurl in front, placeholders filled), and says so", () => {
		const { identities } = assignPostIdentities([note("Intro.md", { permalink: "/docs/intro/" }), note("Post.md", { permalink: "/:year/:title/" }), note("Plain.md", {})], DEFAULT_PUBLISH_SETTINGS, site);
		expect(identities.get("Intro.md")).toMatchObject({ url: "/blog/docs/intro/", ownPermalink: true, path: "_posts/2021-08-10-intro.md" });
		expect(identities.get("Post.md")).toMatchObject({ url: "/blog/2021/post/", ownPermalink: true });
		expect(identities.get("Plain.md")).toMatchObject({ url: "/blog/plain/", ownPermalink: false });
	});

	test("that another post already has is held back with an error, not renamed", () => {
		const { identities, errors } = assignPostIdentities([note("A.md", { permalink: "/docs/" }), note("B.md", { permalink: "/docs/" }), note("docs.md", {})], DEFAULT_PUBLISH_SETTINGS, site);
		expect(identities.get("A.md")?.url).toBe("/blog/docs/");
		expect(identities.has("B.md")).toBe(false);
		expect(errors.get("B.md")).toMatchObject({ code: "permalink-taken", message: "/blog/docs/ (A.md)" });
		// A note that follows the site's pattern makes way with another name, as before.
		expect(identities.get("docs.md")?.url).toBe("/blog/docs-2/");
	});

	test("that one of the site's pages serves is held back, naming the page", () => {
		const reserved = new Map([["/blog/", "index.html"]]);
		const { identities, errors } = assignPostIdentities([note("Home.md", { permalink: "/" })], DEFAULT_PUBLISH_SETTINGS, site, new Set(), reserved);
		expect(identities.has("Home.md")).toBe(false);
		expect(errors.get("Home.md")).toMatchObject({ code: "permalink-taken", message: "/blog/ (index.html)" });
	});
});

describe("the site's pages that may serve a URL", () => {
	test.each([
		["/blog/", ["index.html", "index.md", "index.markdown"]],
		["/blog/about/", ["about/index.html", "about/index.md", "about/index.markdown", "about.html", "about.md", "about.markdown"]],
		["/blog/docs/a.html", ["docs/a.html", "docs/a.md", "docs/a.markdown"]],
		["/blog/%ED%95%9C/", ["한/index.html", "한/index.md", "한/index.markdown", "한.html", "한.md", "한.markdown"]],
		["/blog/_private/", []],
	])("%s", (url, files) => {
		expect(pageFilesFor(url, site)).toEqual(files);
	});

	test("a page's URL is its own permalink, else where its path puts it", () => {
		expect(pageUrl("index.html", "---\nlayout: home\n---\n", site)).toBe("/blog/");
		expect(pageUrl("about.md", "---\ntitle: About\n---\n", site)).toBe("/blog/about/");
		expect(pageUrl("about.md", "---\npermalink: /me/\n---\n", site)).toBe("/blog/me/");
		expect(pageUrl("about.md", "no front matter", parseSiteConfig("permalink: date\n", DEFAULT_PUBLISH_SETTINGS))).toBe("/about.html");
	});
});

describe("an undated note's creation time on the site's clock", () => {
	test.each([
		["Asia/Seoul", "2021-08-09T15:30:00Z", "2021-08-10 00:30:00 +0900"],
		["America/New_York", "2021-08-10T02:00:00Z", "2021-08-09 22:00:00 -0400"],
		["UTC", "2021-12-31T23:59:59Z", "2021-12-31 23:59:59 +0000"],
		["Asia/Kolkata", "2021-08-09T18:45:00Z", "2021-08-10 00:15:00 +0530"],
	])("%s", (zone, instant, written) => {
		const date = zonedPostDate(new Date(instant), zone);
		expect(date.written).toBe(written);
		expect(date.day).toBe(written.slice(0, 10));
	});
});
