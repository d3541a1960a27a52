import { defineMessages } from "./bundle";

export const dailyMessages = defineMessages({
	en: {
		"daily.settingsHeading": "Bootcamp days",
	},
	ko: {
		"daily.settingsHeading": "부트캠프 학습일",
	},
});
