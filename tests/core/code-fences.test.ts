import { fencedLineReader } from "../../src/core/code-fences";

function fencedFlags(text: string): boolean[] {
	const isFenced = fencedLineReader();
	return text.split("\n").map(isFenced);
}

describe("fenced code blocks", () => {
	it("marks the opening, inner and closing lines", () => {
		expect(fencedFlags("a\n```ts\n#x\n```\nb")).toEqual([false, true, true, true, false]);
	});

	it("closes only on the same character, at least as long, with nothing after it", () => {
		expect(fencedFlags("````\n```\n~~~~\n```` x\n   `````  \nafter")).toEqual([true, true, true, true, true, false]);
	});

	it("opens only with three or more characters indented at most three spaces", () => {
		expect(fencedFlags("``\n    ```\n   ~~~\ninside")).toEqual([false, false, true, true]);
	});
});
