import { escapeBareUrls } from "../../src/import/bare-urls";

describe("bare URLs of a post, kept text in Obsidian as they were on the site", () => {
	test.each([
		["See https://jekyllrb.com/docs/.", "See https\\://jekyllrb.com/docs/."],
		["(http://example.com/a_(b))", "(http\\://example.com/a_(b))"],
		["https://a.example/?next=https://b.example", "https\\://a.example/?next=https\\://b.example"],
		["| MDN | https://developer.mozilla.org |", "| MDN | https\\://developer.mozilla.org |"],
		["참고: https://ko.wikipedia.org/wiki/스택", "참고: https\\://ko.wikipedia.org/wiki/스택"],
	])("%s", (text, note) => {
		expect(escapeBareUrls(text)).toBe(note);
	});

	test.each([
		"<https://kramdown.gettalong.org/syntax.html>",
		"[https://git-scm.com](https://git-scm.com)",
		"![https://x.example/a.png](https://x.example/a.png)",
		"`https://not.a.link/`",
		'<a href="https://example.com">here</a>',
		"{{ 'https://example.com' | append: '/' }}",
		"$$ https://x $$",
		"xhttps://example.com and http:// alone",
		"https\\://already.escaped",
	])("left as written: %s", (text) => {
		expect(escapeBareUrls(text)).toBe(text);
	});
});
