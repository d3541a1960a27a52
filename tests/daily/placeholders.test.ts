import { renderPlaceholders, splitPlaceholders, type PlaceholderContext } from "../../src/daily/placeholders";

const context: PlaceholderContext = {
	language: "en",
	course: "boostcourse",
	day: 10,
	moment: new Date("2021-08-13T23:59:59"),
	now: new Date("2021-08-14T02:07:30"),
	title: "[boostcourse] Day10 학습기록",
	yesterday: "[[daily/2021-08-12|2021-08-12]]",
	tomorrow: "",
	tasks: "- [ ] 과제 3 제출",
};
const render = (text: string, change: Partial<PlaceholderContext> = {}) => renderPlaceholders(text, { ...context, ...change });

describe("every placeholder", () => {
	test.each([
		["{{title}}", "[boostcourse] Day10 학습기록"],
		["{{course}}", "boostcourse"],
		["{{day}}", "10"],
		["{{date}}", "2021-08-13"], // the bootcamp day, not the clock
		["{{date:YYYY년 M월 D일 dddd}}", "2021년 8월 13일 Friday"],
		["{{date:ddd, [week] W}}", "Fri, week 32"],
		["{{time}}", "02:07"], // the clock
		["{{time:HH:mm:ss}}", "02:07:30"],
		["{{yesterday}}", "[[daily/2021-08-12|2021-08-12]]"],
		["{{tomorrow}}", ""], // no next day note: nothing
		["{{tasks}}", "- [ ] 과제 3 제출"],
		["{{ course }}", "boostcourse"],
		["{{ date : YYYY }}", "2021"],
	])("%s → %s", (text, expected) => {
		expect(render(text)).toEqual({ text: expected, unknown: [] });
	});

	test("day names follow the language", () => {
		expect(render("{{date:dddd}}", { language: "ko" }).text).toBe("금요일");
		expect(render("{{time:A h:mm}}", { language: "ko" }).text).toBe("오전 2:07");
	});
});

describe("unknown placeholders", () => {
	test("stay visible and are reported once each", () => {
		const result = render("{{weather}} {{day}} {{weather}} {{ site.url }} {{course:upper}}");
		expect(result.text).toBe("{{weather}} 10 {{weather}} {{ site.url }} {{course:upper}}");
		expect(result.unknown).toEqual(["{{weather}}", "{{ site.url }}", "{{course:upper}}"]);
	});

	test("a value not available where the text is rendered is unknown there", () => {
		const result = render("{{title}} {{yesterday}}", { title: undefined, yesterday: undefined });
		expect(result.unknown).toEqual(["{{title}}", "{{yesterday}}"]);
	});

	test("text without placeholders is untouched, Templater syntax included", () => {
		const text = "<% tp.date.now() %> { single } {{}";
		expect(render(text)).toEqual({ text, unknown: [] });
	});
});

test("splits text into text and placeholders", () => {
	expect(splitPlaceholders("a{{date:YYYY}}b")).toEqual([
		{ kind: "text", text: "a" },
		{ kind: "placeholder", raw: "{{date:YYYY}}", name: "date", argument: "YYYY" },
		{ kind: "text", text: "b" },
	]);
});
