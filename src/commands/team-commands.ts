import { getLanguage, Notice } from "obsidian";
import { pickLanguage } from "../i18n/translator";
import { importedNotePaths } from "../import/imported-notes";
import type LearningLogPlugin from "../main";
import { VaultNoteStore } from "../obsidian/vault-note-store";
import { parseAbsences } from "../team/absences";
import { weekReviewLabels } from "../team/week-review-labels";
import { openNote } from "../views/note-actions";

// The vault-walking parts load on first use, not while Obsidian starts.
const loadUpdateTopics = () => import("../team/update-topics");
const loadWeekReview = () => import("../team/week-review-service");

async function runUpdateTopics(plugin: LearningLogPlugin): Promise<void> {
	const { t } = plugin;
	const invalid = parseAbsences(plugin.settings.team.absences).invalidEntries;
	if (invalid.length > 0) new Notice(t("team.absences.invalid", { entries: invalid.join(", ") }));
	const { updateTodaysTopics } = await loadUpdateTopics();
	const result = await updateTodaysTopics(new VaultNoteStore(plugin.app), plugin.settings, new Date());
	if (result.status === "no-day-note") {
		new Notice(t("team.notice.noDayNote", { date: result.date }));
	} else if (result.status === "broken-block") {
		new Notice(t("team.notice.brokenBlock", { path: result.path }));
	} else if (result.status === "unchanged") {
		new Notice(t("team.notice.topicsUnchanged", { count: result.topics.length }));
	} else {
		new Notice(t("team.notice.topicsUpdated", { count: result.topics.length }));
	}
}

async function runNewWeekReview(plugin: LearningLogPlugin): Promise<void> {
	const { t } = plugin;
	const { createWeekReview } = await loadWeekReview();
	const result = await createWeekReview(new VaultNoteStore(plugin.app), plugin.settings, weekReviewLabels(plugin.settings.daily, pickLanguage(getLanguage())), new Date(), undefined, importedNotePaths(plugin.publishManifest));
	if (result.status === "no-course-start" || result.status === "before-course-start") {
		new Notice(result.status === "no-course-start" ? t("team.notice.noCourseStart") : t("team.notice.beforeCourseStart", { date: result.date }));
		return;
	}
	const params = { week: result.week, path: result.path };
	new Notice(t(result.status === "created" ? "team.notice.weekCreated" : "team.notice.weekExists", params));
	if (result.status === "created" && result.missingDates.length > 0) {
		new Notice(t("team.notice.missingDays", { dates: result.missingDates.join(", ") }));
	}
	if (result.status === "created" && result.withoutRetrospective.length > 0) {
		new Notice(t("team.notice.noRetrospective", { dates: result.withoutRetrospective.join(", ") }));
	}
	await openNote(plugin.app, result.path, false);
}

/** Reports a failure in a notice instead of an unhandled rejection; nothing was half-written. */
function reportFailures(plugin: LearningLogPlugin, task: Promise<void>): void {
	task.catch((error: unknown) => {
		console.error(error);
		new Notice(plugin.t("team.notice.failed", { reason: error instanceof Error ? error.message : String(error) }));
	});
}

export function registerTeamCommands(plugin: LearningLogPlugin): void {
	plugin.addCommand({
		id: "update-todays-topics",
		name: plugin.t("team.command.updateTopics"),
		callback: () => reportFailures(plugin, runUpdateTopics(plugin)),
	});
	plugin.addCommand({
		id: "new-week-review",
		name: plugin.t("team.command.newWeekReview"),
		callback: () => reportFailures(plugin, runNewWeekReview(plugin)),
	});
}
