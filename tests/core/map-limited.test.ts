import { mapLimited } from "../../src/core/map-limited";

/** A task that finishes when the test says so, to see how many run at once. */
function controlled() {
	const release: Array<() => void> = [];
	let running = 0;
	let most = 0;
	const fn = async (item: number, index: number) => {
		running++;
		most = Math.max(most, running);
		await new Promise<void>((resolve) => release.push(resolve));
		running--;
		return `${item}@${index}`;
	};
	return { fn, release, most: () => most };
}

describe("mapLimited", () => {
	test("never runs more than the limit at once and keeps the items' order, whatever finishes first", async () => {
		const { fn, release, most } = controlled();
		const done: number[] = [];
		const all = mapLimited([10, 20, 30, 40, 50], 2, fn, (count, total) => done.push(count * 100 + total));
		let settled = false;
		void all.then(() => (settled = true));
		// The newest running task finishes first each turn, so they finish out of order.
		while (!settled) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			release.pop()?.();
		}
		expect(await all).toEqual(["10@0", "20@1", "30@2", "40@3", "50@4"]);
		expect(most()).toBe(2);
		expect(done).toEqual([105, 205, 305, 405, 505]);
	});

	test("an empty list starts nothing", async () => {
		const fn = jest.fn(async () => 1);
		expect(await mapLimited([], 4, fn)).toEqual([]);
		expect(fn).not.toHaveBeenCalled();
	});

	test("a failure rejects the whole map", async () => {
		await expect(mapLimited([1, 2], 1, async (item) => (item === 2 ? Promise.reject(new Error("no")) : item))).rejects.toThrow("no");
	});
});
