import type { NoteStore } from "../core/note-store";
import type { LearningLogSettings } from "../settings/settings";
import { bootcampDateOf } from "../daily/local-date";
import { findDayNotes } from "./day-notes";
import { describeTeamDay } from "./team-day";
import { putTopicsBlock, type TopicsUpdate } from "./topics-block";

export type UpdateTopicsResult =
	| { status: "no-day-note"; date: string }
	| { status: TopicsUpdate["status"]; date: string; path: string; topics: string[] };

/** "Update today's topics": the bootcamp day of `now`, honouring the day-start hour. */
export function updateTodaysTopics(
	store: NoteStore,
	settings: Pick<LearningLogSettings, "daily" | "team" | "library">,
	now: Date,
): Promise<UpdateTopicsResult> {
	return updateDayTopics(store, settings, bootcampDateOf(now, settings.daily.dayStartHour));
}

/**
 * Refreshes the topics block of the day note of `date` (a bootcamp date). The
 * note is only written when its text changes, and the edit is recomputed inside the atomic
 * read-modify-write so that a change the user made a moment earlier is kept.
 */
export async function updateDayTopics(
	store: NoteStore,
	settings: Pick<LearningLogSettings, "daily" | "team" | "library">,
	date: string,
): Promise<UpdateTopicsResult> {
	const files = await store.listFiles();
	const dayNotes = await findDayNotes(store, settings.daily, files);
	const note = dayNotes.find((record) => record.date === date);
	if (!note) return { status: "no-day-note", date };
	const day = describeTeamDay({ date, settings, files, dayNotes });

	const current = await store.read(note.path);
	const planned = putTopicsBlock(current, day.topicLinks);
	if (planned.status === "unchanged" || planned.status === "broken-block") {
		return { status: planned.status, date, path: note.path, topics: day.topicLinks };
	}
	let status: TopicsUpdate["status"] = planned.status;
	await store.process(note.path, (text) => {
		const update = putTopicsBlock(text, day.topicLinks);
		status = update.status;
		return update.text;
	});
	return { status, date, path: note.path, topics: day.topicLinks };
}
