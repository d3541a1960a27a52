import { defineMessages } from "./bundle";

/** Warnings the converter reports about a note (shown in reports, notices and the preview). */
export const convertMessages = defineMessages({
	en: {
		"convert.placeholder": "Converter message",
	},
	ko: {
		"convert.placeholder": "변환 메시지",
	},
});
