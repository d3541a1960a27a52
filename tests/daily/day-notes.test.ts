import { InvalidTextError } from "../../src/core/note-store";
import { dateFromFrontMatterValue, dayNoteDate, dayNoteLink, findDayNote, neighbourDayNote, scanDayNotes, type DayNote } from "../../src/daily/day-notes";
import { MemoryNoteStore } from "../publish/helpers/memory-store";

const settings = { folder: "daily", fileNamePattern: "YYYY-MM-DD", templatePath: "daily/template.md" };

describe("which notes are day notes, of which date", () => {
	test("the front matter date wins over the name", () => {
		expect(dayNoteDate("daily/Untitled.md", { date: "2021-08-13 21:30:00 +0900" }, settings)).toBe("2021-08-13");
		expect(dayNoteDate("daily/2021-08-13 1.md", null, settings)).toBe("2021-08-13");
		expect(dayNoteDate("daily/2021-08-14.md", { date: "2021-08-13T23:59:59+09:00" }, settings)).toBe("2021-08-13");
		expect(dayNoteDate("daily/2021-08-14.md", { date: "not a date" }, settings)).toBe("2021-08-14");
	});

	test("notes outside the folder, the template and other files are not", () => {
		expect(dayNoteDate("topics/CNN 기초.md", { date: "2021-08-11 22:00:00 +0900" }, settings)).toBeNull();
		expect(dayNoteDate("daily/template.md", { date: "2021-08-11" }, settings)).toBeNull();
		expect(dayNoteDate("daily/2021-08-13.png", null, settings)).toBeNull();
		expect(dayNoteDate("daily/오늘 할 일.md", null, settings)).toBeNull();
		expect(dayNoteDate("dailyx/2021-08-13.md", null, settings)).toBeNull();
	});

	test("in the vault root, where topics carry dates too, only dated names count", () => {
		const root = { ...settings, folder: "" };
		expect(dayNoteDate("topics/CNN 기초.md", { date: "2021-08-11" }, root)).toBeNull();
		expect(dayNoteDate("2021-08-13.md", null, root)).toBe("2021-08-13");
	});

	test("dated subfolders are searched from their fixed root", () => {
		const nested = { ...settings, folder: "daily/{{date:YYYY}}" };
		expect(dayNoteDate("daily/2021/2021-08-13.md", null, nested)).toBe("2021-08-13");
	});

	test("front matter dates in every form Jekyll accepts", () => {
		expect(dateFromFrontMatterValue("2021-08-13")).toBe("2021-08-13");
		expect(dateFromFrontMatterValue("2021-08-13T21:30")).toBe("2021-08-13");
		expect(dateFromFrontMatterValue(new Date(2021, 7, 13, 1))).toBe("2021-08-13");
		expect(dateFromFrontMatterValue("2021-08-133")).toBeNull();
		expect(dateFromFrontMatterValue(20210813)).toBeNull();
	});
});

describe("scanning the day-notes folder", () => {
	test("finds what dayNoteDate says of each note, with its title, in date order", async () => {
		const store = new MemoryNoteStore({
			"daily/2021-08-10.md": "---\ntitle: Day7\n---\n",
			"daily/Untitled.md": "---\ndate: 2021-08-09\n---\n",
			"daily/2021-08-11.md": "---\ntitle: [broken\n---\n",
			"daily/template.md": "---\ndate: 2021-08-01\n---\n",
			"topics/2021-08-12.md": "",
		});
		expect(await scanDayNotes(store, settings)).toEqual([
			{ path: "daily/Untitled.md", date: "2021-08-09", title: null },
			{ path: "daily/2021-08-10.md", date: "2021-08-10", title: "Day7" },
			{ path: "daily/2021-08-11.md", date: "2021-08-11", title: null },
		]);
	});

	test("a note that is not UTF-8 is still found, by what its front matter and name say", async () => {
		const store = new MemoryNoteStore({ "daily/2021-08-10.md": "", "daily/Untitled.md": "" });
		store.read = async (path) => {
			if (path === "daily/Untitled.md") throw new InvalidTextError(path, "---\ndate: 2021-08-09\ntitle: caf\uFFFD\n---\n");
			return "---\ntitle: Day7\n---\n";
		};
		expect(await scanDayNotes(store, settings)).toEqual([
			{ path: "daily/Untitled.md", date: "2021-08-09", title: "caf\uFFFD" },
			{ path: "daily/2021-08-10.md", date: "2021-08-10", title: "Day7" },
		]);
	});

	test("a note that cannot be read at all still stops the scan with its error", async () => {
		const store = new MemoryNoteStore({ "daily/2021-08-10.md": "" });
		store.read = () => Promise.reject(new Error("EACCES: permission denied"));
		await expect(scanDayNotes(store, settings)).rejects.toThrow(/EACCES/);
	});
});

const notes: DayNote[] = [
	{ path: "daily/2021-08-09.md", date: "2021-08-09" },
	{ path: "daily/2021-08-10.md", date: "2021-08-10" },
	{ path: "daily/2021-08-13 1.md", date: "2021-08-13" },
	{ path: "daily/2021-08-13.md", date: "2021-08-13" },
	{ path: "daily/2021-08-20.md", date: "2021-08-20" },
];

describe("finding the note of a date", () => {
	test("prefers the note at the expected path, and names the duplicates", () => {
		const found = findDayNote(notes, "2021-08-13", "daily/2021-08-13.md");
		expect(found.note?.path).toBe("daily/2021-08-13.md");
		expect(found.others.map((note) => note.path)).toEqual(["daily/2021-08-13 1.md"]);
	});

	test("finds a note under another name", () => {
		expect(findDayNote(notes, "2021-08-09", "daily/2021-08-09 Mon.md").note?.path).toBe("daily/2021-08-09.md");
		expect(findDayNote(notes, "2021-08-11", "daily/2021-08-11.md")).toEqual({ note: null, others: [] });
	});
});

describe("neighbours", () => {
	test("the nearest existing day before and after, skipping gaps", () => {
		expect(neighbourDayNote(notes, "2021-08-12", "previous")?.path).toBe("daily/2021-08-10.md");
		expect(neighbourDayNote(notes, "2021-08-12", "next")?.path).toBe("daily/2021-08-13 1.md");
		expect(neighbourDayNote(notes, "2021-08-13", "next")?.path).toBe("daily/2021-08-20.md");
		expect(neighbourDayNote(notes, "2021-08-09", "previous")).toBeNull();
		expect(neighbourDayNote(notes, "2021-08-20", "next")).toBeNull();
	});

	test("links go to the full path with the name as label, nothing when there is none", () => {
		expect(dayNoteLink(notes[0])).toBe("[[daily/2021-08-09|2021-08-09]]");
		expect(dayNoteLink(null)).toBe("");
	});
});
