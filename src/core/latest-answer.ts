/**
 * For checks started on each keystroke that answer out of order: each call starts a new question
 * and returns whether its answer is still the latest one asked, so only that one shows or is saved.
 */
export function latestAnswer(): () => () => boolean {
	let asked = 0;
	return () => {
		const mine = ++asked;
		return () => mine === asked;
	};
}
