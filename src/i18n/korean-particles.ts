// Korean particles change with the sound before them: 을/를, 은/는, 이/가, 과/와 take their first
// form after a final consonant (받침), and 으로/로 takes 로 after a vowel or ㄹ. The sound is the
// one a Korean reader says: Hangul as written, digits as Sino-Korean numbers (1 일, 3 삼, 10 십,
// 100 백), Latin letters by their Korean names (m 엠, d 디, l 엘), so "daily/2021-08-18.md" reads
// "…엠디" and takes 를.

/** How the text before a particle ends when read aloud; undefined when it cannot be read. */
export type FinalSound = "vowel" | "rieul" | "consonant";

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of ㄹ among the final consonants of a precomposed Hangul syllable. */
const FINAL_RIEUL = 8;

/** Sino-Korean digits: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_SOUNDS: FinalSound[] = ["consonant", "rieul", "vowel", "consonant", "vowel", "vowel", "consonant", "rieul", "rieul", "vowel"];

/** Korean names of the Latin letters: 엘 (l), 엠 (m), 엔 (n), 알 (r) end in a consonant; 에이, 비, 씨, 디… in a vowel. */
const LETTER_SOUNDS: Record<string, FinalSound> = { l: "rieul", m: "consonant", n: "consonant", r: "rieul" };

function syllableSound(code: number): FinalSound {
	const final = (code - HANGUL_FIRST) % 28;
	if (final === 0) return "vowel";
	return final === FINAL_RIEUL ? "rieul" : "consonant";
}

/**
 * A number is read by its last spoken unit: a last non-zero digit in the ones place is that digit
 * (21 이십일); trailing zeros make it end on 십, 백, 천, 만, 억 or 조 (20 이십, 300 삼백, 50000 오만).
 */
function numberSound(digits: string): FinalSound {
	if (/^0+$/.test(digits)) return "consonant"; // 영
	const zeros = digits.length - digits.replace(/0+$/, "").length;
	if (zeros === 0) return DIGIT_SOUNDS[Number(digits[digits.length - 1])];
	// 조 (10^12 to 10^15) is the one unit that ends in a vowel; 십 백 천 만 억 경 end in a consonant.
	return zeros >= 12 && zeros < 16 ? "vowel" : "consonant";
}

/** The final sound of the last readable character of `text`, skipping quotes, brackets and punctuation. */
export function finalSound(text: string): FinalSound | undefined {
	for (let end = text.length; end > 0; end--) {
		const char = text[end - 1];
		const code = char.charCodeAt(0);
		if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return syllableSound(code);
		if (/[0-9]/.test(char)) {
			let start = end - 1;
			while (start > 0 && /[0-9,]/.test(text[start - 1])) start--;
			return numberSound(text.slice(start, end).replace(/,/g, ""));
		}
		if (/[a-z]/i.test(char)) return LETTER_SOUNDS[char.toLowerCase()] ?? "vowel";
		// Anything else a reader does not say (quotes, brackets, dots, spaces) is skipped; any other
		// script (kanji, emoji) cannot be read here.
		if (/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(char)) return undefined;
	}
	return undefined;
}

/** The particle pairs messages use, written after-consonant form first: `{을/를}`. */
export const PARTICLE_PAIRS = ["을/를", "은/는", "이/가", "과/와", "으로/로", "이나/나", "이라/라", "이에요/예요"] as const;
export type ParticlePair = (typeof PARTICLE_PAIRS)[number];

export function isParticlePair(text: string): text is ParticlePair {
	return (PARTICLE_PAIRS as readonly string[]).includes(text);
}

/**
 * The form of `pair` that follows `text`: "daily/2021-08-18.md" + 을/를 → 를; "서울" + 으로/로 → 로.
 * When the end of `text` cannot be read, both forms are shown as Korean writers do: 을(를).
 */
export function particleAfter(text: string, pair: ParticlePair): string {
	const [afterConsonant, afterVowel] = pair.split("/");
	const sound = finalSound(text);
	if (sound === undefined) return `${afterConsonant}(${afterVowel})`;
	if (sound === "vowel") return afterVowel;
	if (sound === "rieul" && pair === "으로/로") return afterVowel;
	return afterConsonant;
}
