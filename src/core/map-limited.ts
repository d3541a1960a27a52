/**
 * Runs `fn` over `items` with at most `limit` running at once, keeping the results in the items'
 * order. Reads and writes on a disk or over the network go fastest a few at a time, not all at once
 * (which exhausts file handles) nor one by one (which waits on each trip).
 */
export async function mapLimited<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>,
	onDone: (done: number, total: number) => void = () => undefined,
): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	let done = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const index = next++;
			results[index] = await fn(items[index], index);
			onDone(++done, items.length);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
