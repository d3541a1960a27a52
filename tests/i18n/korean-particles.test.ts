import { finalSound, particleAfter, PARTICLE_PAIRS } from "../../src/i18n/korean-particles";

describe("finalSound", () => {
	test.each([
		["학습", "consonant"],
		["노트", "vowel"],
		["서울", "rieul"],
		// Sino-Korean digits: 영 일 이 삼 사 오 육 칠 팔 구.
		["0", "consonant"],
		["1", "rieul"],
		["2", "vowel"],
		["3", "consonant"],
		["4", "vowel"],
		["5", "vowel"],
		["6", "consonant"],
		["7", "rieul"],
		["8", "rieul"],
		["9", "vowel"],
		// Trailing zeros end on the unit: 십 백 천 만 억 조.
		["10", "consonant"],
		["20", "consonant"],
		["100", "consonant"],
		["2000", "consonant"],
		["50000", "consonant"],
		["300000000", "consonant"],
		["1000000000000", "vowel"],
		["1,000", "consonant"],
		["1,002", "vowel"],
		["21", "rieul"],
		// Latin letters by their Korean names: 엠디, 엘, 알, 엔, 에스.
		["md", "vowel"],
		["html", "rieul"],
		["R", "rieul"],
		["Python", "consonant"],
		["CSS", "vowel"],
		["Day10", "consonant"],
		// What a reader does not say is skipped.
		["“RNN 기초”", "vowel"],
		["“Big-O 표기법”", "consonant"],
		["(2021-08-18)", "rieul"],
		["daily/2021-08-18.md", "vowel"],
		["Week 3.", "consonant"],
	])("%s ends in a %s", (text, sound) => {
		expect(finalSound(text)).toBe(sound);
	});

	test("is unknown when nothing readable ends the text", () => {
		expect(finalSound("")).toBeUndefined();
		expect(finalSound("…")).toBeUndefined();
		expect(finalSound("東京")).toBeUndefined();
		expect(finalSound("🎉")).toBeUndefined();
	});
});

describe("particleAfter", () => {
	test.each([
		["daily/2021-08-18.md", "을/를", "를"],
		["daily/2021-08-13.md", "을/를", "를"],
		["2021-08-18", "은/는", "은"],
		["2021-08-12", "은/는", "는"],
		["2021-08-13", "은/는", "은"],
		["“RNN 기초”", "이/가", "가"],
		["“사진.png”", "이/가", "가"],
		["“학습”", "이/가", "이"],
		["“rnn-기초”", "으로/로", "로"],
		["“big-o-표기법”", "으로/로", "으로"],
		["서울", "으로/로", "로"],
		["1", "으로/로", "로"],
		["3", "으로/로", "으로"],
		["html", "으로/로", "로"],
		["김민수", "과/와", "와"],
		["박서준", "과/와", "과"],
	])("%s + %s → %s", (text, pair, expected) => {
		expect(particleAfter(text, pair as (typeof PARTICLE_PAIRS)[number])).toBe(expected);
	});

	test("shows both forms only when the end cannot be read", () => {
		expect(particleAfter("東京", "을/를")).toBe("을(를)");
		expect(particleAfter("", "으로/로")).toBe("으로(로)");
	});
});
