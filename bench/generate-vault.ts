import { extractNoteFacts, type NoteFacts } from "../src/library/note-facts";

/** A realistic generated vault: a daily log every day, topic notes in nested categories and tags, Korean titles. */
export function generateVault(count: number): NoteFacts[] {
	const categories = ["boostcourse", "DL", "DL/CNN", "DL/NLP", "Computer Science", "Python", "PyTorch", "수학", "회고", "CS/운영체제"];
	const tags = ["ai/vision", "ai/nlp", "ai/optimization", "boostcamp", "학습기록", "python/basic", "cs/algorithm", "draft", "질문거리", "pytorch/tensor"];
	const start = new Date(2021, 7, 2).getTime();
	return Array.from({ length: count }, (_, i) => {
		const daily = i % 3 === 0;
		const day = new Date(start + Math.floor(i / 3) * 86_400_000);
		const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
		return extractNoteFacts({
			path: daily ? `daily/${date}.md` : `topics/${categories[i % 10].replace("/", "-")}/노트 ${i}.md`,
			frontMatter: {
				title: daily ? `[boostcourse] Day${Math.floor(i / 3) + 1} 학습기록` : `주제 노트 ${i} — ${tags[i % 10]}`,
				categories: i % 17 === 0 ? [] : [categories[i % 10]],
				tags: [tags[i % 10], tags[(i * 7) % 10]],
				date: `${date} 21:30:00 +0900`,
				publish: i % 4 !== 0,
			},
			inlineTags: i % 5 === 0 ? ["#질문거리"] : [],
			ctime: start,
			mtime: start,
		});
	});
}
