import type { StoredFile } from "../../src/core/note-store";
import { bootcampDateOf } from "../../src/daily/local-date";
import { dayWindow, selectDayTopics } from "../../src/team/day-topics";

// TZ is Asia/Seoul in every test worker.
const at = (text: string) => new Date(text).getTime();

function file(path: string, created: string, modified = created): StoredFile {
	return { path, ctime: at(created), mtime: at(modified), size: 1 };
}

const options = {
	date: "2021-08-10",
	dayStartHour: 4,
	excludedFolders: ["daily", "templates", "weekly"],
	excludedPaths: new Set<string>(),
};

describe("the bootcamp day of a moment", () => {
	test("before the day-start hour it is still the previous day", () => {
		expect(bootcampDateOf(new Date("2021-08-11T01:30:00+09:00"), 4)).toBe("2021-08-10");
		expect(bootcampDateOf(new Date("2021-08-11T04:00:00+09:00"), 4)).toBe("2021-08-11");
		expect(bootcampDateOf(new Date("2021-08-11T01:30:00+09:00"), 0)).toBe("2021-08-11");
		expect(bootcampDateOf(new Date("2022-01-01T03:59:00+09:00"), 4)).toBe("2021-12-31");
	});

	test("a day runs from its start hour to the same hour the next morning", () => {
		expect(dayWindow("2021-08-10", 4)).toEqual({ start: at("2021-08-10T04:00:00+09:00"), end: at("2021-08-11T04:00:00+09:00") });
	});
});

describe("the day's topics", () => {
	const vault = [
		file("topics/Optimization.md", "2021-08-01T10:00:00+09:00", "2021-08-10T14:00:00+09:00"), // changed today
		file("topics/Gradient Descent.md", "2021-08-10T09:30:00+09:00"), // created today
		file("topics/Late night.md", "2021-08-11T01:30:00+09:00"), // after midnight: still today
		file("topics/Early bird.md", "2021-08-10T03:59:00+09:00"), // before 4 a.m.: yesterday
		file("topics/Tomorrow.md", "2021-08-11T04:00:00+09:00"), // the next day
		file("topics/Old.md", "2021-08-01T10:00:00+09:00", "2021-08-09T22:00:00+09:00"), // changed yesterday
		file("topics/Created today, edited tomorrow.md", "2021-08-10T20:00:00+09:00", "2021-08-11T10:00:00+09:00"),
		file("daily/2021-08-10.md", "2021-08-10T09:00:00+09:00"),
		file("templates/bootcamp-day.md", "2021-08-10T09:00:00+09:00"),
		file("weekly/Week 2.md", "2021-08-10T09:00:00+09:00"),
		file("attachments/loss-curve.png", "2021-08-10T11:00:00+09:00"),
		file("journal/2021-08-10 diary.md", "2021-08-10T12:00:00+09:00"),
	];

	test("notes created or changed within the day, in the order they were touched", () => {
		const topics = selectDayTopics(vault, { ...options, excludedPaths: new Set(["journal/2021-08-10 diary.md"]) });
		expect(topics).toEqual([
			"topics/Gradient Descent.md",
			"topics/Optimization.md",
			"topics/Created today, edited tomorrow.md",
			"topics/Late night.md",
		]);
	});

	test("with the day starting at midnight, the 01:30 note belongs to the next day", () => {
		const topics = selectDayTopics(vault, { ...options, dayStartHour: 0 });
		expect(topics).toContain("topics/Early bird.md");
		expect(topics).not.toContain("topics/Late night.md");
		expect(selectDayTopics(vault, { ...options, date: "2021-08-11", dayStartHour: 0 })).toContain("topics/Late night.md");
	});

	test("day notes, excluded folders, attachments and listed notes are never topics", () => {
		const topics = selectDayTopics(vault, { ...options, excludedPaths: new Set(["journal/2021-08-10 diary.md"]) });
		for (const path of ["daily/2021-08-10.md", "templates/bootcamp-day.md", "weekly/Week 2.md", "attachments/loss-curve.png", "journal/2021-08-10 diary.md"]) {
			expect(topics).not.toContain(path);
		}
		expect(selectDayTopics(vault, { ...options, excludedFolders: [] })).toContain("daily/2021-08-10.md");
	});

	test("a folder name that is only a prefix of another folder does not exclude it", () => {
		const topics = selectDayTopics([file("daily-ideas/Idea.md", "2021-08-10T10:00:00+09:00")], options);
		expect(topics).toEqual(["daily-ideas/Idea.md"]);
	});
});
