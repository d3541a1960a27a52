import { defineMessages } from "./bundle";

export const publishMessages = defineMessages({
	en: {
		"publish.settingsHeading": "Publishing",
	},
	ko: {
		"publish.settingsHeading": "게시",
	},
});
