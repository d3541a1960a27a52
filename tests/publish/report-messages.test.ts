import { createTranslator } from "../../src/i18n/translator";
import { PublishSetupError } from "../../src/publish/publish-errors";
import type { ConvertWarning } from "../../src/publish/convert/convert-types";
import type { PublishReport } from "../../src/publish/publish-report";
import { describeFailure, describeNoteError, describeWarning, localizeReport, summarizeReport, warningDescriber } from "../../src/publish/report-messages";
import { SitePathError } from "../../src/publish/targets/site-path";

const en = createTranslator("en");
const ko = createTranslator("ko");

const report: PublishReport = {
	dryRun: false,
	notes: [
		{ source: "a.md", output: "_posts/2021-08-10-a.md", url: "/a/", status: "new", warnings: [{ code: "no-such-code", params: { target: "B" } }] },
		{ source: "b.md", output: "_posts/2021-08-10-b.md", url: "/b/", status: "unchanged", warnings: [] },
	],
	assets: [],
	deleted: ["_posts/old.md"],
	kept: [],
	errors: [{ source: "c.md", code: "front-matter", message: "bad indentation" }],
	written: ["_posts/2021-08-10-a.md"],
	unchanged: ["_posts/2021-08-10-b.md"],
};

describe("report messages", () => {
	test("summarize what was done, then warnings and failures, in both languages", () => {
		expect(summarizeReport(en, report)).toEqual([
			"Published 2 notes: 1 file written, 1 unchanged, 1 deleted.",
			"1 warning: see the report.",
			"1 note could not be published: see the report.",
		]);
		expect(summarizeReport(en, { ...report, written: ["a", "b", "c"] })[0]).toBe("Published 2 notes: 3 files written, 1 unchanged, 1 deleted.");
		expect(summarizeReport(ko, report)[0]).toBe("노트 2개 게시: 파일 1개 씀, 1개 그대로, 1개 삭제.");
	});

	test("an unknown warning code stays readable with its parameters", () => {
		expect(describeWarning(en, { code: "no-such-code", params: { target: "B" } })).toBe("no-such-code (target: B)");
	});

	test("note errors and setup failures are explained, unknown errors keep their message", () => {
		expect(describeNoteError(en, report.errors[0])).toBe("The front matter cannot be read: bad indentation");
		expect(describeNoteError(en, { source: "x", code: "mystery", message: "as is" })).toBe("as is");
		expect(describeFailure(en, new SitePathError("outside-site", "../x"))).toBe("Refused to write outside the site folder: ../x");
		expect(describeFailure(ko, new PublishSetupError("desktopOnly"))).toBe("여기서 게시하려면 GitHub 설정에 저장소와 토큰을 넣으세요. 폴더로 게시하려면 데스크톱 앱이 필요합니다.");
		expect(describeFailure(en, new Error("disk full"))).toBe("disk full");
	});

	test("the localized report spells out every warning and error", () => {
		const localized = localizeReport(en, report);
		expect(localized.notes[0].warnings[0]).toEqual({ code: "no-such-code", params: { target: "B" }, message: "no-such-code (target: B)" });
		expect(localized.errors[0].message).toBe("The front matter cannot be read: bad indentation");
		expect(report.errors[0].message).toBe("bad indentation");
	});

	test("a warning described once reads as describeWarning says, printed or in the localized report", () => {
		const warnings: ConvertWarning[] = [
			{ code: "liquid-escaped", params: { count: 1 } },
			{ code: "liquid-escaped", params: { count: 3 } },
			{ code: "no-such-code", params: { target: "B" } },
			{ code: "liquid-escaped", params: { count: 3 } },
			{ code: "no-such-code", params: { target: 3 } },
			{ code: "no-such-code", params: { target: "3" } },
			{ code: "no-such-code", params: { target: Number.NaN } },
			{ code: "no-such-code", params: { target: Number.POSITIVE_INFINITY } },
			{ code: "no-such-code", params: { target: Number.NaN } },
			{ code: "no-such-code", params: { target: -0 } },
			{ code: "no-such-code", params: { target: 0 } },
			{ code: "no-such-code", params: { target: "null" } },
			{ code: "no-such-code", params: { count: 1, target: "x" } },
			{ code: "no-such-code", params: { target: "x", count: 1 } },
		];
		for (const t of [en, ko]) {
			const describe = warningDescriber(t);
			const twice = [...warnings, ...warnings].map(describe);
			expect(twice).toEqual([...warnings, ...warnings].map((warning) => describeWarning(t, warning)));
			const withWarnings = { ...report, notes: [{ ...report.notes[0], warnings }] };
			expect(localizeReport(t, withWarnings, describe)).toEqual(localizeReport(t, withWarnings));
		}
	});
});
