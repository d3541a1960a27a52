// The status bar's state machine and what it shows, without Obsidian.
import { INITIAL_STATUS, nextStatus, statusView, type PublishStatus, type StatusEvent } from "../../src/publish/publish-status";

const run = (...events: StatusEvent[]): PublishStatus => events.reduce(nextStatus, INITIAL_STATUS);

describe("publish status", () => {
	test("changed notes, then publishing with progress, building, live", () => {
		expect(statusView(run({ type: "changed", count: 3 }))).toMatchObject({ label: { key: "changed", count: 3 }, click: { kind: "publish" } });
		expect(statusView(run({ type: "changed", count: 0 })).label).toEqual({ key: "upToDate" });
		const started = run({ type: "changed", count: 3 }, { type: "started" });
		expect(statusView(started)).toMatchObject({ label: { key: "publishingStarted" }, click: { kind: "already-publishing" } });
		const uploading = nextStatus(started, { type: "progress", phase: "upload", done: 2, total: 5 });
		expect(statusView(uploading).label).toEqual({ key: "publishing", done: 2, total: 5 });
		const building = nextStatus(uploading, { type: "published", following: true, failedNotes: false });
		expect(statusView(building)).toMatchObject({ label: { key: "building" }, click: { kind: "still-building" } });
		const withRun = nextStatus(building, { type: "building", buildUrl: "https://github.com/o/r/actions/runs/1" });
		expect(statusView(withRun).click).toEqual({ kind: "open-url", url: "https://github.com/o/r/actions/runs/1" });
		const live = nextStatus(nextStatus(withRun, { type: "live", url: "https://o.github.io/r/post/" }), { type: "changed", count: 0 });
		expect(statusView(live)).toMatchObject({ label: { key: "live" }, click: { kind: "open-url", url: "https://o.github.io/r/post/" } });
		// An edit after going live: there is something to publish again.
		expect(statusView(nextStatus(live, { type: "changed", count: 1 }))).toMatchObject({ label: { key: "changed", count: 1 }, click: { kind: "publish" } });
	});

	test("failures: the publish opens the report, the build opens its page", () => {
		expect(statusView(run({ type: "started" }, { type: "failed" }))).toMatchObject({ label: { key: "publishFailed" }, alert: true, click: { kind: "open-report" } });
		expect(statusView(run({ type: "started" }, { type: "published", following: false, failedNotes: true })).click).toEqual({ kind: "open-report" });
		const failedBuild = run({ type: "started" }, { type: "published", following: true, failedNotes: false }, { type: "build-failed", buildUrl: "https://x/run" });
		expect(statusView(failedBuild)).toMatchObject({ label: { key: "buildFailed" }, alert: true, click: { kind: "open-url", url: "https://x/run" } });
	});

	test("a build's news after a newer publish started does not take over; unknown builds go back to idle", () => {
		const again = run({ type: "started" }, { type: "published", following: true, failedNotes: false }, { type: "started" });
		expect(nextStatus(again, { type: "live", url: "u" }).activity.kind).toBe("publishing");
		expect(nextStatus(again, { type: "build-failed", buildUrl: null }).activity.kind).toBe("publishing");
		const unknown = run({ type: "started" }, { type: "published", following: true, failedNotes: false }, { type: "build-unknown" });
		expect(unknown.activity).toEqual({ kind: "idle" });
		expect(run({ type: "started" }, { type: "published", following: false, failedNotes: false }).activity).toEqual({ kind: "idle" });
	});
});
