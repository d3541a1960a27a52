let collator: Intl.Collator | null = null;

/**
 * The order vault listings give paths in: the machine locale's collation. One collator for every
 * comparison (`localeCompare` sets the comparison up again each time), made on first use: making
 * it loads locale data, several milliseconds that a command listing nothing in order never needs.
 */
export function comparePaths(a: string, b: string): number {
	collator ??= new Intl.Collator();
	return collator.compare(a, b);
}
