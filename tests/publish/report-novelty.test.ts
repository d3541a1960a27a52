import { reportHasNews, warningKeys } from "../../src/publish/report-novelty";
import type { PublishReport } from "../../src/publish/publish-report";

const report = (warnings: string[], errors = 0): PublishReport =>
	({
		dryRun: false,
		notes: [{ source: "a.md", output: "_posts/a.md", url: "/a/", status: "new", warnings: warnings.map((target) => ({ code: "unresolved-link", target })) }],
		assets: [],
		deleted: [],
		errors: Array.from({ length: errors }, () => ({ source: "b.md", code: "front-matter", message: "bad" })),
		written: [],
		unchanged: [],
	}) as unknown as PublishReport;

describe("whether the report has news", () => {
	test("new warnings and any failure open it; the same warnings again do not", () => {
		const first = report(["x"]);
		expect(reportHasNews(first, new Set())).toBe(true);
		expect(reportHasNews(report(["x"]), warningKeys(first))).toBe(false);
		expect(reportHasNews(report(["x", "y"]), warningKeys(first))).toBe(true);
		expect(reportHasNews(report([], 1), warningKeys(first))).toBe(true);
		expect(reportHasNews(report([]), new Set())).toBe(false);
	});
});
