import { parseNote } from "../../src/core/front-matter";
import { bootcampDayRule } from "../../src/team/bootcamp-day";
import { buildWeekReview, courseWeek, datesOfCourseWeek, findRetrospectiveHeading, type WeekDayNote } from "../../src/team/week-review";

const labels = {
	daysHeading: "이번 주의 학습기록",
	retrospectivesHeading: "하루하루의 회고",
	closingHeading: "한 주를 마치며",
	weekdayNames: "일,월,화,수,목,금,토".split(","),
	noRetrospective: "(회고 섹션 없음)",
};

function dayNote(date: string, day: number, heading: string | null = "회고"): WeekDayNote {
	return { date, linkText: date, title: `[boostcourse] Day${day} 학습기록`, retrospectiveHeading: heading };
}

describe("course weeks", () => {
	test("week 1 is the seven days from the course start", () => {
		expect(courseWeek("2021-08-02", "2021-08-02")).toBe(1);
		expect(courseWeek("2021-08-08", "2021-08-02")).toBe(1);
		expect(courseWeek("2021-08-09", "2021-08-02")).toBe(2);
		expect(courseWeek("2021-08-01", "2021-08-02")).toBe(0);
	});

	test("weeks run across a year boundary", () => {
		expect(courseWeek("2022-01-03", "2021-12-27")).toBe(2);
		expect(datesOfCourseWeek(1, "2021-12-27")).toEqual([
			"2021-12-27", "2021-12-28", "2021-12-29", "2021-12-30", "2021-12-31", "2022-01-01", "2022-01-02",
		]);
	});
});

describe("the week review note", () => {
	const weekdays = bootcampDayRule({ dayCounting: "weekdays", holidays: [] });

	test("links each day note, embeds each retrospective and skips missing days", () => {
		const review = buildWeekReview({
			title: "[boostcourse] Week 2 회고",
			dateTime: "2021-08-13 18:00:00 +0900",
			categories: ["boostcourse"],
			tags: ["boostcamp", "회고"],
			bootcampDates: datesOfCourseWeek(2, "2021-08-02").filter(weekdays),
			dayNotes: [dayNote("2021-08-09", 6), dayNote("2021-08-10", 7), dayNote("2021-08-12", 9, "Retrospective"), dayNote("2021-08-16", 10)],
			labels,
		});
		expect(review.missingDates).toEqual(["2021-08-11", "2021-08-13"]);
		expect(review.withoutRetrospective).toEqual([]);
		expect(review.text).toBe(
			[
				"---",
				'title: "[boostcourse] Week 2 회고"',
				"date: 2021-08-13 18:00:00 +0900",
				"categories:",
				"  - boostcourse",
				"tags:",
				"  - boostcamp",
				"  - 회고",
				"publish: false",
				"---",
				"",
				"## 이번 주의 학습기록",
				"",
				"- [[2021-08-09]] [boostcourse] Day6 학습기록",
				"- [[2021-08-10]] [boostcourse] Day7 학습기록",
				"- [[2021-08-12]] [boostcourse] Day9 학습기록",
				"",
				"## 하루하루의 회고",
				"",
				"### 2021-08-09 (월)",
				"",
				"![[2021-08-09#회고]]",
				"",
				"### 2021-08-10 (화)",
				"",
				"![[2021-08-10#회고]]",
				"",
				"### 2021-08-12 (목)",
				"",
				"![[2021-08-12#Retrospective]]",
				"",
				"## 한 주를 마치며",
				"",
				"- ",
				"",
			].join("\n"),
		);
		expect(parseNote("weekly/Week 2.md", review.text).frontMatter).toMatchObject({ title: "[boostcourse] Week 2 회고", publish: false });
	});

	test("a week across New Year keeps the days in order, and a day without a retrospective is linked only", () => {
		const review = buildWeekReview({
			title: "[boostcourse] Week 1 회고",
			dateTime: "2022-01-02 20:00:00 +0900",
			categories: [],
			tags: [],
			bootcampDates: datesOfCourseWeek(1, "2021-12-27").filter(bootcampDayRule({ dayCounting: "weekdays-minus-holidays", holidays: ["2021-12-31"] })),
			dayNotes: [dayNote("2021-12-30", 4, null), dayNote("2021-12-27", 1), dayNote("2021-12-28", 2), dayNote("2021-12-29", 3)],
			labels,
		});
		expect(review.missingDates).toEqual([]);
		expect(review.withoutRetrospective).toEqual(["2021-12-30"]);
		const body = review.text.slice(review.text.indexOf("## 이번"));
		expect(body.match(/^- \[\[[^\]]+\]\]/gm)).toEqual(["- [[2021-12-27]]", "- [[2021-12-28]]", "- [[2021-12-29]]", "- [[2021-12-30]]"]);
		expect(body).toContain("### 2021-12-30 (목)\n\n[[2021-12-30]] (회고 섹션 없음)\n");
		expect(review.text).toContain("categories: []\ntags: []\n");
	});

	test("a week with no day note at all still makes a review to write in", () => {
		const review = buildWeekReview({
			title: "W", dateTime: "2021-08-20 18:00:00 +0900", categories: [], tags: [],
			bootcampDates: ["2021-08-16", "2021-08-17"], dayNotes: [], labels,
		});
		expect(review.missingDates).toEqual(["2021-08-16", "2021-08-17"]);
		expect(review.text).toContain("## 한 주를 마치며\n\n- \n");
	});
});

describe("retrospective headings", () => {
	test("회고 or Retrospective, as the note writes it", () => {
		expect(findRetrospectiveHeading(["학습 내용", "피어세션", "회고"])).toBe("회고");
		expect(findRetrospectiveHeading(["What I learned", "retrospective"])).toBe("retrospective");
		expect(findRetrospectiveHeading(["학습 내용"])).toBeNull();
	});
});
