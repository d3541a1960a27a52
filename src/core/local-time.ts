function pad(value: number, width = 2): string {
	return String(value).padStart(width, "0");
}

/** `+0900`, `-0330`, `+0000`: the machine zone's UTC offset at `date`. */
function localOffset(date: Date): string {
	const minutesEast = -date.getTimezoneOffset();
	const size = Math.abs(minutesEast);
	return `${minutesEast < 0 ? "-" : "+"}${pad(Math.trunc(size / 60))}${pad(size % 60)}`;
}

/** `2021-08-10` in the machine's time zone. */
export function formatLocalDate(date: Date): string {
	if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `2021-08-10 02:00:00 +0900`: the wall-clock time with the UTC offset of the machine's time zone
 * (the vault's), the form Jekyll and minimal-mistakes expect. With the offset, a post written at
 * 2 a.m. in Seoul cannot land on the previous day on a build server running in UTC. Written by
 * hand, not with a date library's format string: every post of a publish needs one or two.
 */
export function formatLocalDateTime(date: Date): string {
	return `${formatLocalDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${localOffset(date)}`;
}
