import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parsePostDate } from "../../../src/publish/site/post-date";
import { postUrl } from "../../../src/publish/site/permalink";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

const every = "/:year/:short_year/:month/:i_month/:day/:i_day/:categories/:slugified_categories/:title/:slug/:name/:path:output_ext/:hour/";

function urlFor(config: string, date: string): string {
	const site = parseSiteConfig(config, DEFAULT_PUBLISH_SETTINGS);
	return postUrl(site, { date: parsePostDate(date)!, slug: "Day 7", path: "2021-08-09-Day 7", categories: ["DL", "dl", "Computer Science"] });
}

describe("post URLs fill each placeholder the pattern names", () => {
	test("every placeholder Jekyll fills, and an unknown one left as written", () => {
		expect(decodeURI(urlFor(`permalink: ${every}\n`, "2021-08-09"))).toBe(
			"/2021/21/08/8/09/9/dl/computer science/dl/computer-science/Day-7/Day 7/Day 7/2021-08-09-Day 7.html/:hour/",
		);
	});

	test("a timed date falls on the site's day, in its zone", () => {
		// 2021-08-09 23:30 in Seoul is still the 9th there, but the 9th at 14:30 in UTC.
		expect(urlFor("permalink: /:year/:month/:day/:title/\ntimezone: Asia/Seoul\n", "2021-08-09 23:30:00 +0900")).toBe("/2021/08/09/Day-7/");
		expect(urlFor("permalink: /:year/:month/:day/:title/\ntimezone: America/New_York\n", "2021-08-10 02:00:00 +0900")).toBe("/2021/08/09/Day-7/");
	});

	test("a pattern without dates needs none; the baseurl comes first", () => {
		expect(urlFor("permalink: /:categories/:title/\nbaseurl: /blog\n", "2021-08-09")).toBe("/blog/dl/computer%20science/Day-7/");
	});
});
