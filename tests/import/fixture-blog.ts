import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";

/**
 * A learner's blog as it looks after months of writing by hand in Jekyll: daily logs in Korean,
 * notes in English, links between posts (`post_url`, `link`, site URLs, absolute URLs, anchors),
 * minimal-mistakes notices, a Chirpy prompt, kramdown math, Liquid, an include, images under
 * `assets/`, categories as lists and as strings, and a post in a subfolder of `_posts`.
 */
export const BLOG_BASEURL = "/blog";

const CONFIG = `title: 배움 기록
url: "https://learner.github.io"
baseurl: "${BLOG_BASEURL}"
theme: minima
permalink: /:categories/:year/:month/:day/:title/
timezone: Asia/Seoul
kramdown:
  input: GFM
plugins:
  - jekyll-feed
`;

// A 1×1 PNG: a real image file, small enough to live in the test.
const PNG = Uint8Array.from(
	Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);

function post(title: string, date: string, front: string, body: string): string {
	return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n${front}---\n${body}`;
}

/** The days of the daily logs: two weeks of August 2021, every day but the weekend gaps. */
const LOG_DAYS = ["2021-08-02", "2021-08-03", "2021-08-04", "2021-08-05", "2021-08-06", "2021-08-09", "2021-08-10", "2021-08-11", "2021-08-12", "2021-08-13", "2021-08-16", "2021-08-17"];

function dailyLog(day: string, index: number): [string, string] {
	const name = `${day}-day${index + 1}`;
	const previous = index > 0 ? `${LOG_DAYS[index - 1]}-day${index}` : null;
	const lines = [
		`부스트캠프 ${index + 1}일차 학습기록입니다.`,
		"",
		"## 오늘 배운 것",
		"",
		`- 파이썬 기초 ${index + 1}강`,
		"- 리스트와 딕셔너리",
		"",
		"## 회고",
		"",
		"내일은 더 일찍 시작하자.",
		"",
	];
	if (previous) lines.push(`어제 기록: [${index}일차]({% post_url ${previous} %})`, "");
	if (index === 3) lines.push(`어제의 [회고]({% post_url ${previous} %}#회고)도 다시 읽었다.`, "");
	if (index === 5) lines.push("**메모**", "점심 먹고 복습하기.", "{: .notice--info}", "");
	if (index === 6) lines.push("가격은 $5이고 $10이다.", "");
	if (index === 7) lines.push("![오늘의 칠판](/blog/assets/images/board.png)", "");
	const categories = index % 2 === 0 ? "categories:\n  - boostcamp\n" : "categories: boostcamp\n";
	return [`_posts/${name}.md`, post(`[boostcourse] Day${index + 1} 학습기록`, `${day} 21:30:00 +0900`, `${categories}tags:\n  - 학습기록\n`, lines.join("\n"))];
}

const ENGLISH_POSTS: Array<[string, string]> = [
	[
		"_posts/2021-07-01-hello-world.md",
		post("Hello world", "2021-07-01 09:00:00 +0900", "categories: [blog]\n", "My first post on this blog.\n\nI will write down what I learn every day.\n"),
	],
	[
		"_posts/2021-07-05-git-basics.md",
		post(
			"Git basics",
			"2021-07-05 20:00:00 +0900",
			"categories:\n  - dev\ntags: [git]\n",
			"## Commits\n\nA commit is a snapshot.\n\n## Branches\n\nA branch is a moving name for a commit.\n\n```bash\ngit switch -c feature\n```\n",
		),
	],
	[
		"_posts/2021-07-06-git-remotes.md",
		post(
			"Git remotes",
			"2021-07-06 20:00:00 +0900",
			"categories: dev\n",
			"Read [the basics]({% post_url 2021-07-05-git-basics %}) first, especially [branches]({% post_url 2021-07-05-git-basics %}#branches).\n\nThen `git push` sends commits.\n",
		),
	],
	[
		"_posts/2021-07-07-git-links.md",
		post(
			"Links in every form",
			"2021-07-07 20:00:00 +0900",
			"categories: dev\n",
			[
				"- [link tag]({% link _posts/2021-07-05-git-basics.md %})",
				"- [site path]({{ site.baseurl }}/dev/2021/07/06/git-remotes/)",
				"- [relative url]({{ \"/dev/2021/07/05/git-basics/\" | relative_url }})",
				"- [absolute](https://learner.github.io/blog/blog/2021/07/01/hello-world/)",
				"- [plain path](/blog/dev/2021/07/06/git-remotes/#top)",
				"- [elsewhere](https://git-scm.com/book)",
				"- [this page](#links)",
				"",
				"## Links",
				"",
				"All of them point at posts of this blog.",
				"",
			].join("\n"),
		),
	],
	[
		"_posts/2021-07-10-math.md",
		post(
			"Kramdown math",
			"2021-07-10 20:00:00 +0900",
			"categories: [ml]\nuse_math: true\n",
			"The loss is $$L = \\sum_i (y_i - \\hat{y}_i)^2$$ over the batch.\n\n$$\na^2 + b^2 = c^2\n$$\n\nDone.\n",
		),
	],
	[
		"_posts/2021-07-11-liquid.md",
		post(
			"Liquid in a post",
			"2021-07-11 20:00:00 +0900",
			"categories: [blog]\n",
			"This site is called {{ site.title }}.\n\n{% include note.html text=\"An include.\" %}\n\n{% raw %}{{ not liquid }}{% endraw %}\n",
		),
	],
	[
		"_posts/2021-07-12-notices.md",
		post(
			"Notices",
			"2021-07-12 20:00:00 +0900",
			"categories: [blog]\n",
			[
				"Before.",
				"",
				"**Watch out!** This is a warning.",
				"{: .notice--warning}",
				"",
				'<div class="notice--success" markdown="1">',
				"**Well done**",
				"",
				"All tests pass.",
				"</div>",
				"",
				"> A Chirpy tip.",
				"{: .prompt-tip }",
				"",
			].join("\n"),
		),
	],
	[
		"_posts/2021-07-13-images.md",
		post(
			"Images",
			"2021-07-13 20:00:00 +0900",
			"categories: [blog]\n",
			'![A diagram]({{ "/assets/images/diagram.png" | relative_url }})\n\n![Wide board](/blog/assets/images/board.png){: width="300"}\n\n<img src="/blog/assets/images/diagram.png" alt="html image">\n',
		),
	],
	[
		"_posts/java/2021-07-20-java-intro.md",
		post("Java intro", "2021-07-20 20:00:00 +0900", "categories:\n  - java\n", "## Hello\n\n```java\nSystem.out.println(\"hi\");\n```\n\nSee also [remotes]({% post_url 2021-07-06-git-remotes %}).\n"),
	],
	[
		"_posts/java/2021-07-21-java-types.md",
		post("Java types", "2021-07-21 20:00:00 +0900", "categories:\n  - java\ntags:\n  - types\n", "Back to [the intro]({% post_url java/2021-07-20-java-intro %}#hello).\n\nPrimitive types: `int`, `long`.\n"),
	],
	[
		"_posts/2021-07-22-tags.md",
		post("Tags and code", "2021-07-22 20:00:00 +0900", "categories: [dev]\n", "I use #hashtags in text sometimes, and C# too.\n\nCode: `#include <stdio.h>`\n"),
	],
	[
		"_posts/2021-07-23-plain.md",
		post("A plain post", "2021-07-23 20:00:00 +0900", "categories: [blog]\n", "Nothing special here: **bold**, _italic_, a [link](https://example.com).\n\n1. one\n2. two\n"),
	],
	[
		"_posts/2021-07-26-reading-list.md",
		post(
			"Reading list",
			"2021-07-26 20:00:00 +0900",
			"categories: [blog]\ntags: [reading]\n",
			[
				"Bare addresses stay text on this site: https://jekyllrb.com/docs/ and (https://example.com/a_(b)), or https://example.com/path?next=https://example.org/.",
				"",
				"- Autolinked: <https://kramdown.gettalong.org/syntax.html>",
				"- In a link: [https://git-scm.com](https://git-scm.com)",
				"- In code: `https://not.a.link/`",
				"",
				"| site | address |",
				"| --- | --- |",
				"| MDN | https://developer.mozilla.org |",
				"",
			].join("\n"),
		),
	],
	[
		"_posts/2021-07-27-references.md",
		post(
			"Reference links",
			"2021-07-27 20:00:00 +0900",
			"categories: [dev]\n",
			[
				"Read [the basics][basics] again, then [MDN][mdn] and [the remotes][].",
				"",
				"[basics]: {% post_url 2021-07-05-git-basics %}",
				"[mdn]: https://developer.mozilla.org",
				"[the remotes]: {{ site.baseurl }}/dev/2021/07/06/git-remotes/",
				"",
			].join("\n"),
		),
	],
	[
		"_posts/2021-07-24-table.md",
		post("A table", "2021-07-24 20:00:00 +0900", "categories: [dev]\n", "| command | meaning |\n| --- | --- |\n| `git add` | stage |\n| `git commit` | record |\n"),
	],
	[
		"_posts/2021-07-25-quote.md",
		post("Quotes", "2021-07-25 20:00:00 +0900", "categories: [blog]\n", "> Simplicity is prerequisite for reliability.\n\nSaid Dijkstra.\n"),
	],
];

const KOREAN_POSTS: Array<[string, string]> = [
	["_posts/2021-08-20-주간회고.md", post("1주차 주간 회고", "2021-08-20 22:00:00 +0900", "categories: [회고]\ntags: [회고, 부스트캠프]\n", "## 잘한 점\n\n매일 기록했다.\n\n## 아쉬운 점\n\n잠이 부족했다.\n")],
	["_posts/2021-08-21-알고리즘.md", post("알고리즘 공부", "2021-08-21 10:00:00 +0900", "categories: [알고리즘]\n", "[주간 회고]({% post_url 2021-08-20-주간회고 %}#잘한-점)에 이어서.\n\n### 정렬\n\n퀵 정렬과 병합 정렬.\n")],
	["_posts/2021-08-22-자료구조.md", post("자료구조", "2021-08-22 10:00:00 +0900", "categories: 알고리즘\n", "스택과 큐.\n\n- 스택: LIFO\n- 큐: FIFO\n\n참고: https://ko.wikipedia.org/wiki/스택\n")],
	["_posts/2021-08-23-데이터베이스.md", post("데이터베이스 기초", "2021-08-23 10:00:00 +0900", "categories: [db]\n", "SQL `SELECT` 문.\n\n```sql\nSELECT * FROM users;\n```\n")],
];

export function writeFixtureBlog(root: string): string[] {
	const files: Array<[string, string | Uint8Array]> = [
		["_config.yml", CONFIG],
		["index.md", "---\nlayout: home\n---\n"],
		// Jekyll counts the posts it built; the tests compare with the fixture.
		["posts-count.txt", "---\nlayout: null\n---\n{{ site.posts | size }}\n"],
		["_includes/note.html", '<p class="note">{{ include.text }}</p>\n'],
		["assets/images/board.png", PNG],
		["assets/images/diagram.png", PNG],
		...LOG_DAYS.map(dailyLog),
		...ENGLISH_POSTS,
		...KOREAN_POSTS,
	];
	for (const [path, content] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return files.map(([path]) => path).filter((path) => path.startsWith("_posts/"));
}
