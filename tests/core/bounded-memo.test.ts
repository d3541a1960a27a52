import { boundedMemo } from "../../src/core/bounded-memo";

describe("boundedMemo", () => {
	test("computes each text once while it is remembered, falsy answers included", () => {
		const asked: string[] = [];
		const lengthOf = boundedMemo((text) => (asked.push(text), text.length === 0 ? null : text.length));
		expect([lengthOf("ab"), lengthOf(""), lengthOf("ab"), lengthOf("")]).toEqual([2, null, 2, null]);
		expect(asked).toEqual(["ab", ""]);
	});

	test("past its limit it forgets everything at once and stays correct", () => {
		const asked: string[] = [];
		const upper = boundedMemo((text) => (asked.push(text), text.toUpperCase()), 2);
		expect(["a", "b", "c", "a"].map(upper)).toEqual(["A", "B", "C", "A"]);
		// `c` found the memory full (a, b) and cleared it, so `a` is worked out again.
		expect(asked).toEqual(["a", "b", "c", "a"]);
	});

	test("a failing computation is not remembered", () => {
		let calls = 0;
		const failing = boundedMemo(() => {
			calls++;
			throw new Error("no");
		});
		expect(() => failing("x")).toThrow("no");
		expect(() => failing("x")).toThrow("no");
		expect(calls).toBe(2);
	});
});
