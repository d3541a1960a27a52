import type { PipelinePhase } from "./publish-pipeline";

/**
 * What the publish button has to say, as a small state machine: the notes waiting to be
 * published, a publish under way, GitHub Pages building the commit, the post live, or a failure.
 * Pure, so every transition is tested without Obsidian; the status bar only draws `statusView`.
 */
export type PublishActivity =
	| { kind: "idle" }
	| { kind: "publishing"; phase: PipelinePhase | null; done: number; total: number }
	| { kind: "building"; buildUrl: string | null }
	| { kind: "live"; url: string }
	/** The publish itself failed or some notes did: the report says why. */
	| { kind: "publish-failed" }
	| { kind: "build-failed"; buildUrl: string | null };

export interface PublishStatus {
	activity: PublishActivity;
	/** Notes changed since the last publish (new, edited, or to be removed); null before the index is ready. */
	changed: number | null;
}

export type StatusEvent =
	| { type: "changed"; count: number }
	| { type: "started" }
	| { type: "progress"; phase: PipelinePhase; done: number; total: number }
	/** The publish is done; `following` when a GitHub Pages build of its commit is being followed. */
	| { type: "published"; following: boolean; failedNotes: boolean }
	| { type: "failed" }
	| { type: "building"; buildUrl: string | null }
	| { type: "live"; url: string }
	| { type: "build-failed"; buildUrl: string | null }
	/** Pages off, no permission, gave up waiting: the publish stands, nothing more to tell. */
	| { type: "build-unknown" };

export const INITIAL_STATUS: PublishStatus = { activity: { kind: "idle" }, changed: null };

export function nextStatus(status: PublishStatus, event: StatusEvent): PublishStatus {
	const { activity } = status;
	switch (event.type) {
		case "changed":
			return { ...status, changed: event.count };
		case "started":
			return { ...status, activity: { kind: "publishing", phase: null, done: 0, total: 0 } };
		case "progress":
			if (activity.kind !== "publishing") return status;
			return { ...status, activity: { kind: "publishing", phase: event.phase, done: event.done, total: event.total } };
		case "published":
			if (event.failedNotes) return { ...status, activity: { kind: "publish-failed" } };
			return { ...status, activity: event.following ? { kind: "building", buildUrl: null } : { kind: "idle" } };
		case "failed":
			return { ...status, activity: { kind: "publish-failed" } };
		case "building":
			// A later publish may have started meanwhile: the build of an older commit does not take over.
			return activity.kind === "building" ? { ...status, activity: { kind: "building", buildUrl: event.buildUrl } } : status;
		case "live":
			return activity.kind === "building" ? { ...status, activity: { kind: "live", url: event.url } } : status;
		case "build-failed":
			return activity.kind === "building" ? { ...status, activity: { kind: "build-failed", buildUrl: event.buildUrl } } : status;
		case "build-unknown":
			return activity.kind === "building" ? { ...status, activity: { kind: "idle" } } : status;
	}
}

/** What a click on the status bar does. */
export type StatusClick =
	| { kind: "publish" }
	| { kind: "already-publishing" }
	| { kind: "open-report" }
	| { kind: "open-url"; url: string }
	/** Building, with no page to show yet: say that GitHub is building. */
	| { kind: "still-building" };

export type StatusLabel =
	| { key: "changed"; count: number }
	| { key: "upToDate" }
	| { key: "publishing"; done: number; total: number }
	| { key: "publishingStarted" }
	| { key: "building" }
	| { key: "live" }
	| { key: "publishFailed" }
	| { key: "buildFailed" };

export interface StatusView {
	label: StatusLabel;
	icon: string;
	/** Adds an attention colour (failures). */
	alert: boolean;
	click: StatusClick;
}

export function statusView(status: PublishStatus): StatusView {
	const { activity } = status;
	const changed = status.changed ?? 0;
	switch (activity.kind) {
		case "publishing":
			return {
				label: activity.total > 0 ? { key: "publishing", done: activity.done, total: activity.total } : { key: "publishingStarted" },
				icon: "loader",
				alert: false,
				click: { kind: "already-publishing" },
			};
		case "building":
			return { label: { key: "building" }, icon: "hourglass", alert: false, click: activity.buildUrl ? { kind: "open-url", url: activity.buildUrl } : { kind: "still-building" } };
		case "publish-failed":
			return { label: { key: "publishFailed" }, icon: "alert-triangle", alert: true, click: { kind: "open-report" } };
		case "build-failed":
			return { label: { key: "buildFailed" }, icon: "alert-triangle", alert: true, click: activity.buildUrl ? { kind: "open-url", url: activity.buildUrl } : { kind: "publish" } };
		case "live":
			if (changed > 0) return { label: { key: "changed", count: changed }, icon: "upload", alert: false, click: { kind: "publish" } };
			return { label: { key: "live" }, icon: "globe", alert: false, click: { kind: "open-url", url: activity.url } };
		case "idle":
			if (changed > 0) return { label: { key: "changed", count: changed }, icon: "upload", alert: false, click: { kind: "publish" } };
			return { label: { key: "upToDate" }, icon: "check", alert: false, click: { kind: "publish" } };
	}
}
