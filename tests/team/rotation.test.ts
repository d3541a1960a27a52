import { parseAbsences } from "../../src/team/absences";
import { bootcampDayRule } from "../../src/team/bootcamp-day";
import { addDays } from "../../src/daily/local-date";
import { formatNameList, participantsOn } from "../../src/team/participants";
import { moderatorFor, type RotationInput } from "../../src/team/rotation";

const team = ["김민수", "이지은", "박서준", "최유진"];
const weekdays = bootcampDayRule({ dayCounting: "weekdays", holidays: [] });

function input(overrides: Partial<RotationInput> = {}): RotationInput {
	return {
		members: team,
		startDate: "2021-08-02", // a Monday
		absences: parseAbsences([]).calendar,
		absenceSkipsTurn: true,
		isBootcampDay: weekdays,
		...overrides,
	};
}

/** Moderators of every bootcamp day from `from` for `count` calendar days ("-" on days off). */
function schedule(from: string, count: number, options: RotationInput): string[] {
	return Array.from({ length: count }, (_, offset) => {
		const result = moderatorFor(addDays(from, offset), options);
		return result.moderator ?? "-";
	});
}

describe("moderator rotation", () => {
	test("turns go round in order, bootcamp day by bootcamp day, skipping the weekend", () => {
		// Mon 08-02 … Sun 08-15
		expect(schedule("2021-08-02", 14, input())).toEqual([
			"김민수", "이지은", "박서준", "최유진", "김민수", "-", "-",
			"이지은", "박서준", "최유진", "김민수", "이지은", "-", "-",
		]);
	});

	test("a weekend day has no moderator and says why", () => {
		expect(moderatorFor("2021-08-07", input())).toEqual({ moderator: null, reason: "not-a-bootcamp-day" });
	});

	test("holidays do not use up a turn when the numbering skips them", () => {
		const rule = bootcampDayRule({ dayCounting: "weekdays-minus-holidays", holidays: ["2021-08-16"] });
		// Mon 08-16 (광복절 대체공휴일) is off: Tuesday gets the turn Monday would have had.
		const withHoliday = schedule("2021-08-13", 5, input({ isBootcampDay: rule }));
		expect(withHoliday).toEqual(["이지은", "-", "-", "-", "박서준"]);
		const without = schedule("2021-08-13", 5, input());
		expect(without).toEqual(["이지은", "-", "-", "박서준", "최유진"]);
	});

	test("calendar-day counting rotates through weekends too", () => {
		const every = input({ isBootcampDay: bootcampDayRule({ dayCounting: "calendar-days", holidays: [] }) });
		expect(schedule("2021-08-06", 4, every)).toEqual(["김민수", "이지은", "박서준", "최유진"]);
	});

	test("the rotation starts on its start date: nobody before, the first member on it", () => {
		const late = input({ startDate: "2021-08-09" });
		expect(moderatorFor("2021-08-06", late)).toEqual({ moderator: null, reason: "before-start" });
		expect(moderatorFor("2021-08-09", late)).toEqual({ moderator: "김민수" });
		expect(moderatorFor("2021-08-10", late)).toEqual({ moderator: "이지은" });
	});

	test("a start date on a weekend begins with the first bootcamp day after it", () => {
		expect(schedule("2021-08-07", 4, input({ startDate: "2021-08-07" }))).toEqual(["-", "-", "김민수", "이지은"]);
	});

	test("an absence that skips the turn: the next member moderates and the absent one loses the turn", () => {
		const { calendar } = parseAbsences(["2021-08-03:이지은"]);
		// Without the absence: 김민수 이지은 박서준 최유진 김민수
		expect(schedule("2021-08-02", 5, input({ absences: calendar, absenceSkipsTurn: true }))).toEqual([
			"김민수", "박서준", "최유진", "김민수", "이지은",
		]);
	});

	test("an absence that keeps the turn: the absent member moderates on their next day present", () => {
		const { calendar } = parseAbsences(["2021-08-03:이지은"]);
		expect(schedule("2021-08-02", 5, input({ absences: calendar, absenceSkipsTurn: false }))).toEqual([
			"김민수", "박서준", "이지은", "최유진", "김민수",
		]);
	});

	test("several days of absence in keep mode wait for the member's return, across a weekend", () => {
		const { calendar } = parseAbsences(["2021-08-03:이지은", "2021-08-04:이지은", "2021-08-05:이지은", "2021-08-06:이지은"]);
		// 이지은 is back on Monday 08-09 and takes the turn she kept.
		expect(schedule("2021-08-02", 10, input({ absences: calendar, absenceSkipsTurn: false }))).toEqual([
			"김민수", "박서준", "최유진", "김민수", "박서준", "-", "-", "이지은", "최유진", "김민수",
		]);
	});

	test("a day when everyone is away has no moderator and does not move the rotation", () => {
		const { calendar } = parseAbsences(team.map((name) => `2021-08-03:${name}`));
		expect(moderatorFor("2021-08-03", input({ absences: calendar }))).toEqual({ moderator: null, reason: "everyone-absent" });
		expect(schedule("2021-08-02", 4, input({ absences: calendar }))).toEqual(["김민수", "-", "이지은", "박서준"]);
	});

	test("no members means no moderator; names are trimmed and repeats ignored", () => {
		expect(moderatorFor("2021-08-02", input({ members: [] }))).toEqual({ moderator: null, reason: "no-members" });
		expect(schedule("2021-08-02", 3, input({ members: [" Kim ", "", "Lee", "Kim"] }))).toEqual(["Kim", "Lee", "Kim"]);
	});

	test("the rotation continues across a year boundary", () => {
		const rule = bootcampDayRule({ dayCounting: "weekdays-minus-holidays", holidays: ["2022-01-01"] });
		// Mon 2021-12-27 … Tue 2022-01-04
		expect(schedule("2021-12-27", 9, input({ startDate: "2021-12-27", isBootcampDay: rule }))).toEqual([
			"김민수", "이지은", "박서준", "최유진", "김민수", "-", "-", "이지은", "박서준",
		]);
	});
});

describe("absences", () => {
	test("reads YYYY-MM-DD:Name entries and reports the others", () => {
		const { calendar, invalidEntries } = parseAbsences(["2021-08-03: 이지은 ", "2021-02-30:Kim", "이지은", "2021-08-03:", ""]);
		expect(calendar.isAbsent("2021-08-03", "이지은")).toBe(true);
		expect(calendar.isAbsent("2021-08-04", "이지은")).toBe(false);
		expect(calendar.isAbsent("2021-08-03", "김민수")).toBe(false);
		expect(invalidEntries).toEqual(["2021-02-30:Kim", "이지은", "2021-08-03:"]);
	});

	test("a name typed in decomposed Hangul still matches", () => {
		const decomposed = "이지은".normalize("NFD");
		const { calendar } = parseAbsences([`2021-08-03:${decomposed}`]);
		expect(calendar.isAbsent("2021-08-03", "이지은")).toBe(true);
	});
});

describe("participants", () => {
	test("the members present, in the team's order", () => {
		const { calendar } = parseAbsences(["2021-08-03:이지은"]);
		expect(participantsOn("2021-08-03", team, calendar)).toEqual(["김민수", "박서준", "최유진"]);
		expect(participantsOn("2021-08-04", team, calendar)).toEqual(team);
	});

	test("Korean lists names with commas", () => {
		expect(formatNameList(["김철수", "이영희", "박민수"], "ko")).toBe("김철수, 이영희, 박민수");
		expect(formatNameList(["김철수", "이영희"], "ko")).toBe("김철수, 이영희");
		expect(formatNameList(["김철수"], "ko")).toBe("김철수");
		expect(formatNameList([], "ko")).toBe("");
	});

	test("English joins the last name with and", () => {
		expect(formatNameList(["Kim", "Lee", "Park"], "en")).toBe("Kim, Lee and Park");
		expect(formatNameList(["Kim", "Lee"], "en")).toBe("Kim and Lee");
		expect(formatNameList(["Kim"], "en")).toBe("Kim");
		expect(formatNameList([], "en")).toBe("");
	});
});
