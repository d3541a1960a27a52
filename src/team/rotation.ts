import { normalizeMembers, type AbsenceCalendar } from "./absences";
import { addDays, daysBetween } from "../daily/local-date";

export interface RotationInput {
	/** Names in rotation order. */
	members: readonly string[];
	/** YYYY-MM-DD of the first day that counts for the rotation (the course start by default). */
	startDate: string;
	absences: AbsenceCalendar;
	absenceSkipsTurn: boolean;
	/** The same rule as the day numbering: weekends and holidays are not bootcamp days. */
	isBootcampDay: (date: string) => boolean;
}

export type NoModeratorReason = "no-members" | "no-start-date" | "before-start" | "not-a-bootcamp-day" | "everyone-absent";

export type ModeratorResult = { moderator: string } | { moderator: null; reason: NoModeratorReason };

/**
 * Who moderates on `date`. The rotation is replayed bootcamp day by bootcamp day from the start,
 * because absences change everything after them. Each day the first member of the queue who is
 * present moderates. When absences skip a turn, everyone passed over goes round with the
 * moderator (the order stays cyclic, the absent member's turn is lost); otherwise only the
 * moderator moves to the back and the absent member moderates on their next day present.
 * A day when everybody is away has no session and does not move the rotation.
 */
export function moderatorFor(date: string, input: RotationInput): ModeratorResult {
	const members = normalizeMembers(input.members);
	if (members.length === 0) return { moderator: null, reason: "no-members" };
	const span = daysBetween(input.startDate, date);
	if (span < 0) return { moderator: null, reason: "before-start" };
	if (!input.isBootcampDay(date)) return { moderator: null, reason: "not-a-bootcamp-day" };

	let queue = members;
	for (let offset = 0; offset <= span; offset++) {
		const day = addDays(input.startDate, offset);
		if (!input.isBootcampDay(day)) continue;
		const index = queue.findIndex((name) => !input.absences.isAbsent(day, name));
		if (index === -1) {
			if (day === date) return { moderator: null, reason: "everyone-absent" };
			continue;
		}
		if (day === date) return { moderator: queue[index] };
		queue = input.absenceSkipsTurn
			? [...queue.slice(index + 1), ...queue.slice(0, index + 1)]
			: [...queue.slice(0, index), ...queue.slice(index + 1), queue[index]];
	}
	// Unreachable: the loop ends on `date`, which is a bootcamp day.
	return { moderator: null, reason: "not-a-bootcamp-day" };
}
