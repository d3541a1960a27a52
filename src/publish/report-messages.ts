import { describeGitHubError } from "./targets/github/describe-github-error";
import { GitHubError } from "./targets/github/github-errors";
import { englishMessages, type MessageKey } from "../i18n/messages";
import type { Translator } from "../i18n/translator";
import type { ConvertWarning, NoteError } from "./convert/convert-types";
import { InitialCommitOnlyError, PublishSetupError, RecordNotSavedError } from "./publish-errors";
import { warningCount, type PublishReport } from "./publish-report";
import { SitePathError } from "./targets/site-path";
import type { KeptFile } from "./plan/site-guard";

function asKey(key: string): MessageKey | null {
	return key in englishMessages ? (key as MessageKey) : null;
}

function paramsText(params: Record<string, string | number>): string {
	const entries = Object.entries(params);
	return entries.length ? ` (${entries.map(([name, value]) => `${name}: ${value}`).join(", ")})` : "";
}

/** The converter reports `code` + params; its messages live under `convert.<code>`. */
export function describeWarning(t: Translator, warning: ConvertWarning): string {
	const key = asKey(`convert.${warning.code}`);
	return key ? t(key, warning.params) : `${warning.code}${paramsText(warning.params)}`;
}

export function describeNoteError(t: Translator, error: NoteError): string {
	const key = asKey(`publish.noteError.${error.code}`) ?? asKey(`convert.${error.code}`);
	return key ? t(key, { message: error.message, source: error.source }) : error.message;
}

/** A file the publish left alone, and why. */
export function describeKept(t: Translator, kept: KeptFile): string {
	return t(`publish.report.kept.${kept.reason}`, { path: kept.path });
}

/** Why a whole publish stopped, in the user's language, for the ones we know. */
export function describeFailure(t: Translator, error: unknown): string {
	if (error instanceof PublishSetupError) {
		const key = asKey(`publish.error.${error.code}`);
		if (key) return t(key);
	}
	if (error instanceof SitePathError) {
		const key = asKey(`publish.error.${error.code}`);
		if (key) return t(key, { path: error.path });
	}
	if (error instanceof GitHubError) return describeGitHubError(error, t);
	if (error instanceof RecordNotSavedError) return t("publish.recordNotSaved", { message: error.message });
	if (error instanceof InitialCommitOnlyError) {
		const reason = error.reason instanceof GitHubError ? describeGitHubError(error.reason, t) : error.message;
		return t("publish.initialCommitOnly", { path: error.path, message: reason });
	}
	return error instanceof Error ? error.message : String(error);
}

/** The closing lines of a publish: what was done, then warnings and failures if any. */
export function summarizeReport(t: Translator, report: PublishReport): string[] {
	const lines = [
		t("publish.done", {
			notes: report.notes.length,
			written: report.written.length,
			unchanged: report.unchanged.length,
			deleted: report.deleted.length,
		}),
	];
	const warnings = warningCount(report);
	if (warnings > 0) lines.push(t("publish.doneWarnings", { count: warnings }));
	if (report.errors.length > 0) lines.push(t("publish.doneErrors", { count: report.errors.length }));
	return lines;
}

/**
 * The same for two warnings only when they say the same: code, and each parameter's name, type and
 * value. JSON tells those apart except numbers it cannot write (NaN, ±Infinity, -0): such a warning
 * is never looked up (null).
 */
function warningKey(warning: ConvertWarning): string | null {
	for (const name in warning.params) {
		const value = warning.params[name];
		if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0))) return null;
	}
	return JSON.stringify([warning.code, warning.params]);
}

/**
 * describeWarning that spells each kind of warning out once: the command line prints every warning
 * and writes it to the report too, and a large vault has thousands, most of them alike (the same
 * code with the same parameters says the same).
 */
export function warningDescriber(t: Translator): (warning: ConvertWarning) => string {
	const described = new Map<string, string>();
	return (warning) => {
		const key = warningKey(warning);
		if (key === null) return describeWarning(t, warning);
		let text = described.get(key);
		if (text === undefined) {
			text = describeWarning(t, warning);
			described.set(key, text);
		}
		return text;
	};
}

/** The report with every warning and error spelled out, for `--report` and the report view. */
export function localizeReport(t: Translator, report: PublishReport, describe = (warning: ConvertWarning) => describeWarning(t, warning)) {
	return {
		...report,
		notes: report.notes.map((note) => ({
			...note,
			warnings: note.warnings.map((warning) => ({ ...warning, message: describe(warning) })),
		})),
		errors: report.errors.map((error) => ({ ...error, message: describeNoteError(t, error) })),
	};
}

/** Failures after which the site did change: their message says what it holds, not "nothing was changed". */
export function siteChangedDespiteFailure(error: unknown): boolean {
	return error instanceof RecordNotSavedError || error instanceof InitialCommitOnlyError;
}
