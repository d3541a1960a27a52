import { format } from "date-fns";

/**
 * `2021-08-10 02:00:00 +0900`: the wall-clock time with the UTC offset of the machine's time zone
 * (the vault's), the form Jekyll and minimal-mistakes expect. With the offset, a post written at
 * 2 a.m. in Seoul cannot land on the previous day on a build server running in UTC.
 */
export function formatLocalDateTime(date: Date): string {
	return format(date, "yyyy-MM-dd HH:mm:ss xx");
}

/** `2021-08-10` in the machine's time zone. */
export function formatLocalDate(date: Date): string {
	return format(date, "yyyy-MM-dd");
}
