import { defineMessages } from "./bundle";

export const libraryMessages = defineMessages({
	en: {
		"library.settingsHeading": "Learning log view",
	},
	ko: {
		"library.settingsHeading": "학습 기록 보기",
	},
});
