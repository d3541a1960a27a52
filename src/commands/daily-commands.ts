import { getLanguage, Notice, TFile } from "obsidian";
import { createOrOpenDayNote } from "../daily/create-day-note";
import { dayNoteDate, neighbourDayNote } from "../daily/day-notes";
import { translateDailyWarning } from "../daily/daily-warnings";
import { readTemplateFormats } from "../daily/vault-daily-config";
import { configFileReader } from "../obsidian/vault-config-reader";
import { bootcampDateOf, type IsoDate } from "../daily/local-date";
import { pickLanguage } from "../i18n/translator";
import type LearningLogPlugin from "../main";
import { dayNotesInVault } from "../obsidian/vault-day-notes";
import { VaultNoteStore } from "../obsidian/vault-note-store";
import { teamPlaceholders } from "../team/team-placeholders";
import { DayDateModal } from "../views/day-date-modal";
import { openNote } from "../views/note-actions";

/** Creates (or finds) the note of a bootcamp day, tells the user what happened, opens it. */
export async function openBootcampDay(plugin: LearningLogPlugin, date?: IsoDate): Promise<void> {
	const settings = plugin.settings.daily;
	try {
		const store = new VaultNoteStore(plugin.app);
		const result = await createOrOpenDayNote(store, {
			settings,
			now: new Date(),
			date,
			language: pickLanguage(getLanguage()),
			extraPlaceholders: teamPlaceholders(store, plugin.settings),
			templateFormats: await readTemplateFormats(configFileReader(plugin.app)),
		});
		for (const warning of result.warnings) new Notice(translateDailyWarning(plugin.t, warning));
		new Notice(plugin.t(result.created ? "daily.notice.created" : "daily.notice.opened", { path: result.path }));
		if (!result.created || settings.openAfterCreate) await openNote(plugin.app, result.path, false);
	} catch (error) {
		console.error(error);
		new Notice(plugin.t("daily.notice.failed", { reason: error instanceof Error ? error.message : String(error) }));
	}
}

/** The date the palette navigates from: the active day note's, else today's bootcamp day. */
function referenceDate(plugin: LearningLogPlugin): IsoDate {
	const settings = plugin.settings.daily;
	const active = plugin.app.workspace.getActiveFile();
	if (active instanceof TFile) {
		const frontMatter = plugin.app.metadataCache.getFileCache(active)?.frontmatter ?? null;
		const date = dayNoteDate(active.path, frontMatter, settings);
		if (date) return date;
	}
	return bootcampDateOf(new Date(), settings.dayStartHour);
}

function navigate(plugin: LearningLogPlugin, direction: "previous" | "next", checking: boolean): boolean {
	const notes = dayNotesInVault(plugin.app, plugin.settings.daily);
	const target = neighbourDayNote(notes, referenceDate(plugin), direction);
	if (!target) return false;
	if (!checking) void openNote(plugin.app, target.path, false);
	return true;
}

export function registerDailyCommands(plugin: LearningLogPlugin): void {
	const { t } = plugin;
	plugin.addCommand({
		id: "new-bootcamp-day",
		name: t("daily.command.newDay"),
		callback: () => void openBootcampDay(plugin),
	});
	plugin.addCommand({
		id: "new-bootcamp-day-for-date",
		name: t("daily.command.newDayForDate"),
		callback: () => {
			const today = bootcampDateOf(new Date(), plugin.settings.daily.dayStartHour);
			new DayDateModal(plugin.app, plugin.t, today, (date) => void openBootcampDay(plugin, date)).open();
		},
	});
	plugin.addCommand({
		id: "open-previous-bootcamp-day",
		name: t("daily.command.openPrevious"),
		checkCallback: (checking) => navigate(plugin, "previous", checking),
	});
	plugin.addCommand({
		id: "open-next-bootcamp-day",
		name: t("daily.command.openNext"),
		checkCallback: (checking) => navigate(plugin, "next", checking),
	});
}
