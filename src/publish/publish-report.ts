import type { ConvertWarning, NoteError } from "./convert/convert-types";
import type { PostStatus } from "./plan/build-plan";
import type { KeptFile } from "./plan/site-guard";

/** One published note, as the CLI's `--report` file and the preview show it. */
export interface ReportNote {
	source: string;
	/** Site path of the post. */
	output: string;
	url: string;
	/** Against the last publish recorded in the manifest. */
	status: PostStatus;
	warnings: ConvertWarning[];
}

export interface ReportAsset {
	source: string;
	output: string;
}

export interface PublishReport {
	dryRun: boolean;
	notes: ReportNote[];
	assets: ReportAsset[];
	/** Files deleted (or, in a dry run, that would be). */
	deleted: string[];
	/** Files the plan wanted to change but that are left alone (edited outside, not ours, outside our folders). */
	kept: KeptFile[];
	errors: NoteError[];
	/** Files the target actually changed and left alone; empty in a dry run. */
	written: string[];
	unchanged: string[];
	commitUrl?: string;
	/** The commit's id, when one was made: the GitHub Pages build of it can be followed. */
	commitSha?: string;
}

export function warningCount(report: PublishReport): number {
	return report.notes.reduce((sum, note) => sum + note.warnings.length, 0);
}
