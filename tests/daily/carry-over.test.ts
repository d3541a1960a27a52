import { appendTaskSection, uncheckedTasks } from "../../src/daily/carry-over";

test("collects unchecked tasks outside front matter and code", () => {
	const text = [
		"---",
		"todo: \"- [ ] not a task\"",
		"---",
		"- [x] 과제 2 제출",
		"- [ ] 과제 3 제출",
		"  - [ ] Transformer 논문 3.2절  ",
		"* [ ] starred",
		"1. [ ] numbered",
		"- [-] cancelled",
		"- [>] forwarded",
		"- [ ]",
		"```md",
		"- [ ] inside code",
		"```",
		"text - [ ] mid-line",
	].join("\n");
	expect(uncheckedTasks(text)).toEqual(["- [ ] 과제 3 제출", "- [ ] Transformer 논문 3.2절", "- [ ] starred", "- [ ] numbered"]);
});

test("appends a section only when there are tasks", () => {
	expect(appendTaskSection("## 회고\n\n끝\n\n", ["- [ ] a"], "이어서 할 일")).toBe("## 회고\n\n끝\n\n## 이어서 할 일\n\n- [ ] a\n");
	expect(appendTaskSection("body\n", [], "x")).toBe("body\n");
});
