import { Notice } from "../__mocks__/obsidian";
import { createTranslator } from "../../src/i18n/translator";
import { PublishProgressNotice } from "../../src/views/publish-progress";

const EXPECTED = {
	en: ["Publishing…", "Reading notes… 1 of 2", "Reading notes… 2 of 2", "Converting notes…", "Saving the commit…"],
	ko: ["게시 중…", "노트 읽는 중… 2개 중 1개", "노트 읽는 중… 2개 중 2개", "노트 변환 중…", "커밋 저장 중…"],
};

describe.each(["en", "ko"] as const)("the progress notice of a publish in %s", (language) => {
	test("opens saying the publish began, then names each phase as the pipeline reaches it, in its order", () => {
		Notice.shown.length = 0;
		const progress = new PublishProgressNotice(createTranslator(language));
		// The pipeline's order: the notes are read before they are converted.
		progress.update("read", 1, 2);
		progress.update("read", 2, 2);
		progress.update("convert", 0, 1);
		progress.update("convert", 1, 1);
		progress.update("commit", 0, 1);
		expect(Notice.shown).toEqual(EXPECTED[language]);
	});
});
