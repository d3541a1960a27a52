import { latestAnswer } from "../../src/core/latest-answer";

describe("latestAnswer", () => {
	test("only the question asked last is current, whichever answers first", () => {
		const ask = latestAnswer();
		const first = ask();
		expect(first()).toBe(true);
		const second = ask();
		expect([first(), second()]).toEqual([false, true]);
	});

	test("two gates do not share their count", () => {
		const a = latestAnswer();
		const b = latestAnswer();
		const fromA = a();
		b();
		expect(fromA()).toBe(true);
	});
});
