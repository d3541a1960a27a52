import { badgeImageUrl, renderTopicBadges, renderTopicsBlockForBlog, shieldsColor, shieldsLabel, topicLinksIn } from "../../src/team/topic-badges";
import { renderTopicsBlock } from "../../src/team/topics-block";

/** Reads a label back as shields.io's escapeFormat does, after the path segment is decoded. */
function shieldsReads(segment: string): string {
	return decodeURIComponent(segment)
		.replace(/([^_])_([^_])/g, "$1 $2")
		.replace(/([^_])_$/, "$1 ")
		.replace(/^_([^_])/, " $1")
		.replace(/__/g, "_")
		.replace(/--/g, "-");
}

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

describe("topic links of a block", () => {
	test("targets and labels, aliases and headings included", () => {
		const block = renderTopicsBlock(["Optimization", "Computer Science/Big-O 표기법"]) + "\n- [[Gradient Descent#Momentum|경사 하강법]]";
		expect(topicLinksIn(block)).toEqual([
			{ target: "Optimization", label: "Optimization" },
			{ target: "Computer Science/Big-O 표기법", label: "Big-O 표기법" },
			{ target: "Gradient Descent", label: "경사 하강법" },
		]);
	});
});

describe("badges on the blog", () => {
	const urls: Record<string, string> = {
		Optimization: "{% post_url 2021-08-10-optimization %}",
		"Big-O 표기법": "{% post_url 2021-08-09-big-o-표기법 %}",
	};
	const resolve = (target: string) => urls[target] ?? null;

	test("a published topic is a badge linking to its post; an unpublished one is plain text", () => {
		const html = renderTopicBadges(
			[
				{ target: "Optimization", label: "Optimization" },
				{ target: "Transformer 정리", label: "Transformer 정리" },
				{ target: "Big-O 표기법", label: "Big-O 표기법" },
			],
			"blue",
			resolve,
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
		const html = renderTopicBadges([{ target: "x", label: '<b>"{{ page.title }}"</b> & co' }], "red", () => "/x.html");
		expect(html).toContain('alt="&lt;b&gt;&quot;&#123;&#123; page.title &#125;&#125;&quot;&lt;/b&gt; &amp; co"');
		expect(html).not.toContain("{{");
	});

	test("only the marked block changes, and only with the badge style", () => {
		const note = `## 학습 내용\n\n${renderTopicsBlock(["Optimization", "Transformer 정리"])}\n\n- [[Optimization]] 더 읽기\n`;
		expect(renderTopicsBlockForBlog(note, "list", "red", resolve)).toBe(note);
		const published = renderTopicsBlockForBlog(note, "badges", "red", resolve);
		expect(published).toBe(
			"## 학습 내용\n\n" +
				'<p class="learning-log-topics"><a href="{% post_url 2021-08-10-optimization %}"><img src="https://img.shields.io/badge/-Optimization-red" alt="Optimization"/></a>\nTransformer 정리</p>' +
				"\n\n- [[Optimization]] 더 읽기\n",
		);
		expect(renderTopicsBlockForBlog("no block here", "badges", "red", resolve)).toBe("no block here");
	});
});
