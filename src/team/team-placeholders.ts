import type { NoteStore } from "../core/note-store";
import type { ExtraPlaceholderProvider } from "../daily/create-day-note";
import type { LearningLogSettings } from "../settings/settings";
import { describeTeamDay, teamPlaceholderValues } from "./team-day";

/**
 * What "New bootcamp day" (plugin and CLI) asks for `{{moderator}}`, `{{participants}}` and
 * `{{learned}}` of the day it creates: the rotation's moderator, the members present, and the
 * notes touched so far that day, in the marked block that "Update today's topics" refreshes.
 */
export function teamPlaceholders(store: NoteStore, settings: Pick<LearningLogSettings, "daily" | "team" | "library">): ExtraPlaceholderProvider {
	return async ({ date, dayNotes, language }) => {
		const files = await store.listFiles();
		return teamPlaceholderValues(describeTeamDay({ date, settings, files, dayNotes }), language);
	};
}
