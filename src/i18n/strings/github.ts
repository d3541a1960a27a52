import { defineMessages } from "./bundle";

export const githubMessages = defineMessages({
	en: {
		"github.settingsHeading": "GitHub",
	},
	ko: {
		"github.settingsHeading": "GitHub",
	},
});
