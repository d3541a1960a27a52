// Calendar dates as "YYYY-MM-DD" strings. Arithmetic runs on UTC midnights so that no time zone
// or daylight-saving change can shift a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const [, year, month, day] = match.map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtcMs(date: string): number {
	if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
	const [year, month, day] = date.split("-").map(Number);
	return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
	return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
	return new Date(toUtcMs(date)).getUTCDay();
}

/** The calendar date of a moment in the machine's (the vault's) time zone. */
export function localIsoDate(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Local midnight of a calendar date plus `hour` hours, in ms since the epoch. */
export function localTimeOf(date: string, hour: number): number {
	const [year, month, day] = date.split("-").map(Number);
	if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
	return new Date(year, month - 1, day, hour).getTime();
}
