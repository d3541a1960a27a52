import { defineMessages } from "./bundle";

export const commonMessages = defineMessages({
	en: {
		"common.pluginName": "Learning Log",
		"common.cancel": "Cancel",
		"common.ok": "OK",
		"common.settingsInvalid": "Some saved options of Learning Log have a value of the wrong type; the defaults are used for now, and data.json keeps them as written: {keys}",
	},
	ko: {
		"common.pluginName": "Learning Log",
		"common.cancel": "취소",
		"common.ok": "확인",
		"common.settingsInvalid": "Learning Log의 저장된 설정 일부가 올바른 형식이 아니라 지금은 기본값을 씁니다. data.json에는 쓰인 그대로 남겨 둡니다: {keys}",
	},
});
