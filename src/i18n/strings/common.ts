import { defineMessages } from "./bundle";

export const commonMessages = defineMessages({
	en: {
		"common.pluginName": "Learning Log",
		"common.cancel": "Cancel",
		"common.ok": "OK",
		"common.settingsInvalid": "Some saved options of Learning Log were invalid and were reset to their defaults: {keys}",
	},
	ko: {
		"common.pluginName": "Learning Log",
		"common.cancel": "취소",
		"common.ok": "확인",
		"common.settingsInvalid": "Learning Log의 저장된 설정 일부가 올바르지 않아 기본값으로 되돌렸습니다: {keys}",
	},
});
