import { Notice, Setting, type TextComponent } from "obsidian";
import { adoptVaultSettings } from "../../commands/vault-adoption";
import { adoptionSummary } from "../adoption-summary";
import type { DailySettings, DayCountingMode, TemplateSource } from "../../daily/daily-settings";
import { isIsoDate, parseHolidayList } from "../../daily/local-date";
import type { MessageKey } from "../../i18n/translator";
import type LearningLogPlugin from "../../main";
import { DailyPreview, TemplatePathCheck, TemplateSuggest } from "./daily-preview";
import { commaListOf } from "./setting-helpers";

const COUNTING_LABELS: Record<DayCountingMode, MessageKey> = {
	"calendar-days": "daily.settings.dayCounting.calendarDays",
	weekdays: "daily.settings.dayCounting.weekdays",
	"weekdays-minus-holidays": "daily.settings.dayCounting.weekdaysMinusHolidays",
	"existing-notes": "daily.settings.dayCounting.existingNotes",
};

const TEMPLATE_LABELS: Record<TemplateSource, MessageKey> = {
	"built-in-ko": "daily.settings.templateSource.builtInKo",
	"built-in-en": "daily.settings.templateSource.builtInEn",
	"vault-note": "daily.settings.templateSource.vaultNote",
};

/** The summary of the last "Detect from this vault", shown again when the tab redraws. */
const lastDetection = new WeakMap<LearningLogPlugin, string>();

/**
 * A text setting whose value is checked before it is saved: a bad value shows a message under
 * the setting and leaves the saved one as it was.
 */
function validatedText(
	setting: Setting,
	initial: string,
	validate: (value: string) => string | null,
	save: (value: string) => Promise<void>,
	configure: (text: TextComponent) => void = () => undefined,
): void {
	const errorEl = setting.descEl.createDiv({ cls: "learning-log-error" });
	setting.addText((text) => {
		configure(text);
		text.setValue(initial).onChange(async (value) => {
			const error = validate(value);
			errorEl.setText(error ?? "");
			if (error === null) await save(value);
		});
	});
}

export function renderDailySettings(containerEl: HTMLElement, plugin: LearningLogPlugin, refresh: () => void): void {
	const { t } = plugin;
	const daily = (): DailySettings => plugin.settings.daily;
	const update = async (change: Partial<DailySettings>) => {
		Object.assign(plugin.settings.daily, change);
		await plugin.saveSettings();
	};
	// Set once the settings that show today's file name and numbering exist (see below).
	let preview: DailyPreview | null = null;
	// The preview plans today's note (a listing and a read of the day notes): only the options that
	// change its path or numbering ask for it again, not categories or tags.
	const text = (nameKey: MessageKey, descKey: MessageKey, value: string, save: (value: string) => Partial<DailySettings>, changesPreview = true) =>
		new Setting(containerEl)
			.setName(t(nameKey))
			.setDesc(t(descKey))
			.addText((component) =>
				component.setValue(value).onChange(async (next) => {
					await update(save(next));
					if (changesPreview) await preview?.refresh();
				}),
			);

	/** A dropdown whose choice shows or hides other settings, so the tab redraws after saving it. */
	const choice = <T extends string>(nameKey: MessageKey, descKey: MessageKey, labels: Record<T, MessageKey>, value: T, save: (value: T) => Partial<DailySettings>) =>
		new Setting(containerEl)
			.setName(t(nameKey))
			.setDesc(t(descKey))
			.addDropdown((dropdown) => {
				for (const [option, label] of Object.entries<MessageKey>(labels)) dropdown.addOption(option, t(label));
				dropdown.setValue(value).onChange(async (next) => {
					await update(save(next as T));
					refresh();
				});
			});

	new Setting(containerEl).setName(t("daily.settingsHeading")).setHeading();

	// What the vault already says (Daily notes, Templates, the existing notes), taken on request.
	const detect = new Setting(containerEl).setName(t("adopt.settings.detect")).setDesc(t("adopt.settings.detectDesc"));
	detect.descEl.createDiv({ cls: "learning-log-detect-summary", text: lastDetection.get(plugin) ?? "" });
	detect.addButton((button) =>
		button.setButtonText(t("adopt.settings.detectButton")).onClick(async () => {
			const summary = adoptionSummary(t, await adoptVaultSettings(plugin));
			new Notice(summary.join("\n"));
			// The tab redraws with the new values; the summary stays under the button.
			lastDetection.set(plugin, summary.join(" "));
			refresh();
		}),
	);

	text("daily.settings.courseName", "daily.settings.courseNameDesc", daily().courseName, (courseName) => ({ courseName }));

	const startDate = new Setting(containerEl).setName(t("daily.settings.courseStartDate")).setDesc(t("daily.settings.courseStartDateDesc"));
	const inferredEl = startDate.descEl.createDiv();
	validatedText(
		startDate,
		daily().courseStartDate,
		(value) => (value.trim() === "" || isIsoDate(value.trim()) ? null : t("daily.settings.invalidDate", { value })),
		async (value) => {
			await update({ courseStartDate: value.trim() });
			await preview?.refresh();
		},
		(component) => {
			component.setPlaceholder("2021-08-02");
		},
	);

	choice("daily.settings.dayCounting", "daily.settings.dayCountingDesc", COUNTING_LABELS, daily().dayCounting, (dayCounting) => ({ dayCounting }));

	if (daily().dayCounting === "weekdays-minus-holidays") {
		const holidays = new Setting(containerEl).setName(t("daily.settings.holidays")).setDesc(t("daily.settings.holidaysDesc"));
		const errorEl = holidays.descEl.createDiv({ cls: "learning-log-error" });
		holidays.addTextArea((area) =>
			area
				.setPlaceholder("2021-08-16, 2021-09-20")
				.setValue(daily().holidays.join("\n"))
				.onChange(async (value) => {
					const parsed = parseHolidayList(value);
					errorEl.setText(parsed.invalid.length > 0 ? t("daily.settings.invalidHolidays", { values: parsed.invalid.join(", ") }) : "");
					if (parsed.invalid.length === 0) await update({ holidays: parsed.dates });
				}),
		);
	}

	new Setting(containerEl)
		.setName(t("daily.settings.dayStartHour"))
		.setDesc(t("daily.settings.dayStartHourDesc"))
		.addDropdown((dropdown) => {
			for (let hour = 0; hour < 24; hour++) dropdown.addOption(String(hour), `${String(hour).padStart(2, "0")}:00`);
			dropdown.setValue(String(daily().dayStartHour)).onChange((value) => update({ dayStartHour: Number(value) }));
		});

	text("daily.settings.folder", "daily.settings.folderDesc", daily().folder, (folder) => ({ folder: folder.trim().replace(/^\/+|\/+$/g, "") }));
	const fileName = text("daily.settings.fileNamePattern", "daily.settings.fileNamePatternDesc", daily().fileNamePattern, (fileNamePattern) => ({
		fileNamePattern: fileNamePattern.trim() || "YYYY-MM-DD",
	}));
	preview = new DailyPreview(plugin, fileName.descEl.createDiv({ cls: "learning-log-preview" }), inferredEl);
	void preview.refresh();
	text("daily.settings.titlePattern", "daily.settings.titlePatternDesc", daily().titlePattern, (titlePattern) => ({ titlePattern }));
	text(
		"daily.settings.defaultCategories",
		"daily.settings.defaultCategoriesDesc",
		daily().defaultCategories.join(", "),
		(value) => ({ defaultCategories: commaListOf(value) }),
		false,
	);
	text(
		"daily.settings.defaultTags",
		"daily.settings.defaultTagsDesc",
		daily().defaultTags.join(", "),
		(value) => ({ defaultTags: commaListOf(value).map((tag) => tag.replace(/^#/, "")) }),
		false,
	);

	choice("daily.settings.templateSource", "daily.settings.templateSourceDesc", TEMPLATE_LABELS, daily().templateSource, (templateSource) => ({
		templateSource,
	}));
	if (daily().templateSource === "vault-note") {
		// Saved as typed (the note may be made later); a path that names no note is said under it.
		const template = new Setting(containerEl).setName(t("daily.settings.templatePath")).setDesc(t("daily.settings.templatePathDesc"));
		const check = new TemplatePathCheck(plugin.app, t, template.descEl.createDiv({ cls: "learning-log-error" }));
		template.addText((component) => {
			new TemplateSuggest(plugin.app, component.inputEl);
			component.setValue(daily().templatePath).onChange(async (value) => {
				await update({ templatePath: value.trim() });
				await Promise.all([check.run(value), preview?.refresh()]);
			});
			void check.run(daily().templatePath);
		});
	}

	new Setting(containerEl)
		.setName(t("daily.settings.openAfterCreate"))
		.setDesc(t("daily.settings.openAfterCreateDesc"))
		.addToggle((toggle) => toggle.setValue(daily().openAfterCreate).onChange((openAfterCreate) => update({ openAfterCreate })));
	new Setting(containerEl)
		.setName(t("daily.settings.carryOver"))
		.setDesc(t("daily.settings.carryOverDesc"))
		.addToggle((toggle) =>
			toggle.setValue(daily().carryOverUncheckedTasks).onChange((carryOverUncheckedTasks) => update({ carryOverUncheckedTasks })),
		);
}
