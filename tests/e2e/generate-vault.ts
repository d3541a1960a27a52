import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";

/**
 * A deterministic, realistic learning-log vault for end-to-end tests and the bench: daily notes and
 * topic notes in Korean and English with wiki-links (plain, aliased, to headings and blocks),
 * embeds of images and of note sections, callouts, code with Liquid-looking text, math, tables,
 * tags, highlights and comments; about one note in ten is private.
 */
export interface GeneratedVault {
	/** Notes that say `publish: true`. */
	published: string[];
	private: string[];
	attachments: string[];
}

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SUBJECTS = ["Gradient Descent", "역전파", "CNN", "RNN 기초", "Attention", "정규화", "Python 자료구조", "Big-O", "Transformer", "데이터 증강", "Optimizer", "손실 함수"];
const CATEGORIES = ["DL", "Python", "Computer Science", "수학"];
const TAGS = ["boostcamp", "학습기록", "ai/vision", "ai/nlp", "cs/algorithm"];
const CALLOUTS = ["note", "tip", "warning", "info", "question", "danger", "example", "quote"];

// A valid 1×1 PNG: html-proofer only checks that the file exists, Jekyll copies it as is.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

interface NotePlan {
	path: string;
	name: string;
	title: string;
	date: string;
	published: boolean;
	category: string;
}

function pad(value: number): string {
	return String(value).padStart(2, "0");
}

function planNotes(count: number, random: () => number): NotePlan[] {
	const plans: NotePlan[] = [];
	const start = Date.UTC(2019, 0, 1);
	for (let i = 0; i < count; i++) {
		const day = new Date(start + Math.floor(i / 3) * 86400000);
		const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
		const published = i < 3 || random() > 0.1;
		const category = CATEGORIES[i % CATEGORIES.length];
		if (i % 3 === 0) {
			plans.push({ path: `daily/${date}.md`, name: date, title: `[boostcourse] Day${i / 3 + 1} 학습기록`, date, published, category: "boostcourse" });
		} else {
			const name = `${SUBJECTS[i % SUBJECTS.length]} ${i}`;
			plans.push({ path: `topics/${category}/${name}.md`, name, title: `${name}: 정리 [${i}]`, date, published, category });
		}
	}
	return plans;
}

function pick<T>(items: readonly T[], random: () => number): T {
	return items[Math.floor(random() * items.length)];
}

function frontMatter(plan: NotePlan, index: number): string {
	return [
		"---",
		`title: ${JSON.stringify(plan.title)}`,
		`date: ${plan.date} ${pad(index % 24)}:${pad((index * 7) % 60)}:00 +0900`,
		`categories: [${JSON.stringify(plan.category)}]`,
		`tags: [${TAGS[index % TAGS.length]}, ${TAGS[(index + 2) % TAGS.length]}]`,
		`publish: ${plan.published}`,
		"---",
		"",
	].join("\n");
}

function body(plan: NotePlan, index: number, plans: NotePlan[], attachments: string[], random: () => number): string {
	const other = () => plans[Math.floor(random() * plans.length)];
	const a = other();
	const b = other();
	const c = other();
	const image = pick(attachments, random).replace(/^.*\//, "");
	const callout = pick(CALLOUTS, random);
	const lines = [
		`오늘은 ${plan.name}을(를) 공부했다. 이 노트는 Jekyll 글로 게시된다. 가격은 $5이고 $10이다.`,
		"",
		"## 개요",
		"",
		`- 관련 노트: [[${a.name}]], [[${b.name}|${b.title.slice(0, 8)}]]`,
		`- 핵심 문장은 [[${c.name}#^blk-${plans.indexOf(c)}]]에 있고, 개요는 [[${a.name}#개요]] 참고.`,
		`- 이 노트의 [[#정리 ${index}]] 절로 이동.`,
		`- ==중요==: 손실 $L(\\theta)$를 줄이는 방향으로 $\\theta$를 갱신한다. %% 나중에 다시 보기 %%`,
		`- 태그 #study/${index % 5} 와 #부스트캠프`,
		"",
		`핵심 문장: 학습률은 너무 크지도 작지도 않아야 한다. ^blk-${index}`,
		"",
		`> [!${callout}]${random() > 0.5 ? "-" : ""} 정리 ${index}`,
		"> 콜아웃 본문 첫 줄.",
		"> - 목록 항목 `code` 포함",
		`> - [[${a.name}]] 링크`,
		"",
		"$$",
		`\\theta_{t+1} = \\theta_t - \\eta \\nabla L(\\theta_t) + ${index}`,
		"$$",
		"",
		"```python",
		"template = \"{{ page.title }} {% raw %}\"  # Liquid 처럼 보이는 글자",
		"links = \"[[not a link]] ==not mark== %%not comment%%\"",
		`print(${index} %% 7)`,
		"```",
		"",
		`![[${image}|300]]`,
		"",
		`## 정리 ${index}`,
		"",
		"| 개념 | 설명 |",
		"| --- | --- |",
		`| 링크 | [[${b.name}|별칭]] |`,
		`| 수식 | $O(n \\log n)$ |`,
		"",
	];
	if (index % 7 === 0) lines.push(`![[${c.name}#개요]]`, "");
	if (index % 11 === 0) lines.push("인라인 Liquid 예시: `{{ site.url }}` 와 {% include nothing.html %}", "");
	return lines.join("\n");
}

/** Writes `count` notes (and a few images) into `root`; the same count always gives the same vault. */
export function generateVault(root: string, count: number, seed = 20210802): GeneratedVault {
	const random = mulberry32(seed);
	const attachments = Array.from({ length: Math.max(3, Math.ceil(count / 20)) }, (_, i) => `attachments/figure ${i}.png`);
	const plans = planNotes(count, random);
	for (const path of attachments) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), PNG);
	}
	plans.forEach((plan, index) => {
		const file = join(root, plan.path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, frontMatter(plan, index) + body(plan, index, plans, attachments, random));
	});
	return {
		published: plans.filter((p) => p.published).map((p) => p.path),
		private: plans.filter((p) => !p.published).map((p) => p.path),
		attachments,
	};
}
