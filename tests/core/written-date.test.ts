import { parseWrittenDateTime, writtenInstant, zoneOffsetMinutes } from "../../src/core/written-date";
import { parseWrittenDate } from "../../src/library/note-dates";
import { parsePostDate } from "../../src/publish/site/post-date";

describe("written front-matter dates", () => {
	it("reads the forms Jekyll accepts", () => {
		expect(parseWrittenDateTime("2021-08-10")).toMatchObject({ year: 2021, month: 8, day: 10, hasTime: false, zone: undefined });
		expect(parseWrittenDateTime(" 2021-08-10 21:30 ")).toMatchObject({ hour: 21, minute: 30, second: 0, hasTime: true });
		expect(parseWrittenDateTime("2021-08-10T21:30:05.25+09:00")).toMatchObject({ second: 5, zone: "+09:00" });
	});

	it("refuses days and times that do not exist", () => {
		expect(parseWrittenDateTime("2021-02-29")).toBeNull();
		expect(parseWrittenDateTime("2021-08-10 24:00")).toBeNull();
		expect(parseWrittenDateTime("2021-08-10 10:60")).toBeNull();
		expect(parseWrittenDateTime("2021-08-10 10:30:60")).toBeNull();
		expect(parseWrittenDateTime("10 August 2021")).toBeNull();
	});

	it("turns zones into instants", () => {
		expect(zoneOffsetMinutes("Z")).toBe(0);
		expect(zoneOffsetMinutes("+0900")).toBe(540);
		expect(zoneOffsetMinutes("-05:30")).toBe(-330);
		const parts = parseWrittenDateTime("2021-08-10 02:00:00 +0900");
		expect(parts && writtenInstant(parts).toISOString()).toBe("2021-08-09T17:00:00.000Z");
		const local = parseWrittenDateTime("2021-08-10 02:00");
		expect(local && writtenInstant(local).getTime()).toBe(new Date(2021, 7, 10, 2, 0).getTime());
	});

	it("gives the library and the published post the same day and instant", () => {
		for (const text of ["2021-08-10", "2021-08-10 02:00", "2021-08-10T23:30:00-05:00", "2021-08-10 10:75", "2021-08-32"]) {
			const post = parsePostDate(text);
			const note = parseWrittenDate(text);
			expect(note === null).toBe(post === null);
			if (post && note) expect([note.day, note.timestamp]).toEqual([post.day, post.instant.getTime()]);
		}
	});
});
