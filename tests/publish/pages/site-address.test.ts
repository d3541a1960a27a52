import { livePostUrl, readableUrl, repositoryWebUrl } from "../../../src/publish/pages/site-address";

describe("the live address of a post", () => {
	test.each([
		["https://octo.github.io/", "/2021/08/10/day7.html", "https://octo.github.io/2021/08/10/day7.html"],
		["https://octo.github.io/blog/", "/blog/2021/08/10/day7.html", "https://octo.github.io/blog/2021/08/10/day7.html"],
		// A project site whose _config.yml sets no baseurl is still served below /blog/.
		["https://octo.github.io/blog/", "/2021/08/10/day7.html", "https://octo.github.io/blog/2021/08/10/day7.html"],
		["https://blog.example.com/", "/til/%ED%95%99%EC%8A%B5/", "https://blog.example.com/til/%ED%95%99%EC%8A%B5/"],
		["https://octo.github.io/blog", "/blogging/x/", "https://octo.github.io/blog/blogging/x/"],
	])("%s + %s", (site, post, expected) => {
		expect(livePostUrl(site, post)).toBe(expected);
	});

	test("the repository's page from a commit's", () => {
		expect(repositoryWebUrl(`https://github.com/octo/blog/commit/${"a".repeat(40)}`)).toBe("https://github.com/octo/blog");
		expect(repositoryWebUrl(undefined)).toBeNull();
		expect(repositoryWebUrl("https://github.com/octo/blog")).toBeNull();
	});
});

describe("readableUrl", () => {
	test("shows a Hangul post name as Hangul and keeps escapes that mean URL syntax", () => {
		expect(readableUrl("https://octocat.github.io/blog/boostcourse-day9-%ED%95%99%EC%8A%B5%EA%B8%B0%EB%A1%9D/")).toBe("https://octocat.github.io/blog/boostcourse-day9-학습기록/");
		expect(readableUrl("https://example.github.io/a%2Fb%3Fc/")).toBe("https://example.github.io/a%2Fb%3Fc/");
	});

	test("leaves a malformed escape as it is", () => {
		expect(readableUrl("https://example.github.io/%E0%A4%A/")).toBe("https://example.github.io/%E0%A4%A/");
	});
});
