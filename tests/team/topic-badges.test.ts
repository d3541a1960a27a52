import { applyTopicBadges, badgeImageUrl, renderTopicBadges, shieldsColor, shieldsLabel, topicsOfConvertedBlock } from "../../src/team/topic-badges";
import { shieldsReads } from "./shields-reads";

describe("shields.io labels", () => {
	test.each([
		["Optimization", "Optimization"],
		["Big-O 표기법", "Big--O%20%ED%91%9C%EA%B8%B0%EB%B2%95"],
		["snake_case", "snake__case"],
		["a - b _ c", "a%20--%20b%20__%20c"],
		["__init__", "____init____"],
		["C# / C++ ?", "C%23%20%2F%20C%2B%2B%20%3F"],
		["50% off", "50%25%20off"],
	])("%s", (label, expected) => {
		expect(shieldsLabel(label)).toBe(expected);
		expect(shieldsReads(expected)).toBe(label);
	});

	test("the badge URL has an empty left side, the label and the colour", () => {
		expect(badgeImageUrl("PyTorch Tensor", "red")).toBe("https://img.shields.io/badge/-PyTorch%20Tensor-red");
		expect(badgeImageUrl("x", "#ff6f00")).toBe("https://img.shields.io/badge/-x-ff6f00");
		expect(shieldsColor(" ")).toBe("red");
	});
});

describe("badges on the blog", () => {
	test("a published topic is a badge linking to its post; an unpublished one is plain text", () => {
		const html = renderTopicBadges(
			[
				{ label: "Optimization", url: "{% post_url 2021-08-10-optimization %}" },
				{ label: "Transformer 정리", url: null },
				{ label: "Big-O 표기법", url: "{% post_url 2021-08-09-big-o-표기법 %}" },
			],
			"blue",
		);
		expect(html).toBe(
			[
				'<p class="learning-log-topics"><a href="{% post_url 2021-08-10-optimization %}"><img src="https://img.shields.io/badge/-Optimization-blue" alt="Optimization"/></a>',
				"Transformer 정리",
				'<a href="{% post_url 2021-08-09-big-o-표기법 %}"><img src="https://img.shields.io/badge/-Big--O%20%ED%91%9C%EA%B8%B0%EB%B2%95-blue" alt="Big-O 표기법"/></a></p>',
			].join("\n"),
		);
	});

	test("labels are escaped for HTML and never read as Liquid", () => {
		const html = renderTopicBadges([{ label: '<b>"{{ page.title }}"</b> & co', url: "/x.html" }], "red");
		expect(html).toContain('alt="&lt;b&gt;&quot;&#123;&#123; page.title &#125;&#125;&quot;&lt;/b&gt; &amp; co"');
		expect(html).not.toContain("{{");
	});

	test("reads the converted block: links are published topics, plain items are not", () => {
		expect(
			topicsOfConvertedBlock([
				"- [Optimization]({% post_url 2021-08-10-optimization %})",
				"- [Big-O 표기법]({{ site.baseurl }}{% post_url 2021-08-09-big-o-표기법 %}#정의)",
				"- Transformer 정리",
				"- [\\[AI\\] 노트]({% post_url 2021-08-11-ai-노트 %})",
				'- {{ "{{" }} 템플릿 }}',
				"",
			]),
		).toEqual([
			{ label: "Optimization", url: "{% post_url 2021-08-10-optimization %}" },
			{ label: "Big-O 표기법", url: "{{ site.baseurl }}{% post_url 2021-08-09-big-o-표기법 %}#정의" },
			{ label: "Transformer 정리", url: null },
			{ label: "[AI] 노트", url: "{% post_url 2021-08-11-ai-노트 %}" },
			{ label: "{{ 템플릿 }}", url: null },
		]);
	});

	const post = [
		"---",
		'title: "[boostcourse] Day7 학습기록"',
		"---",
		"",
		"## 학습 내용",
		"",
		"<!-- learning-log:topics -->",
		"- [Optimization]({% post_url 2021-08-10-optimization %})",
		"- Transformer 정리",
		"",
		"<!-- /learning-log:topics -->",
		"",
		"- [Optimization]({% post_url 2021-08-10-optimization %}) 더 읽기",
		"",
	].join("\n");

	test("only the marked block changes, and only with the badge style", () => {
		expect(applyTopicBadges(post, { topicsPublishStyle: "list", badgeColor: "red" })).toBe(post);
		expect(applyTopicBadges(post, undefined)).toBe(post);
		const published = applyTopicBadges(post, { topicsPublishStyle: "badges", badgeColor: "red" });
		expect(published).toBe(
			post.replace(
				/<!-- learning-log:topics -->[\s\S]*<!-- \/learning-log:topics -->/,
				'<p class="learning-log-topics"><a href="{% post_url 2021-08-10-optimization %}"><img src="https://img.shields.io/badge/-Optimization-red" alt="Optimization"/></a>\nTransformer 정리</p>',
			),
		);
		expect(applyTopicBadges("no block here", { topicsPublishStyle: "badges", badgeColor: "red" })).toBe("no block here");
	});
});
