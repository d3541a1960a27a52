import type { FormatLanguage } from "./moment-format";

/**
 * Bodies of the built-in day note, modelled on the learning logs bootcamp students publish:
 * what was learned, the peer session, special lectures, the retrospective. The front matter is
 * written separately (see day-front-matter.ts). `{{learned}}`, `{{moderator}}` and
 * `{{participants}}` come from the team settings (src/team/team-placeholders.ts).
 */
const KOREAN = `## 학습 내용

{{learned}}

- 

## 피어세션

- 모더레이터: {{moderator}}
- 참여자: {{participants}}
- 과제 리뷰
  - 
- 질문
  - 
- 제안
  - 

## 특강

- 주제: 

## 회고

이전 학습기록: {{yesterday}}
`;

const ENGLISH = `## What I learned

{{learned}}

- 

## Peer session

- Moderator: {{moderator}}
- Participants: {{participants}}
- Assignment review
  - 
- Questions
  - 
- Suggestions
  - 

## Special lecture

- Topic: 

## Retrospective

Previous day: {{yesterday}}
`;

export function builtInTemplate(language: FormatLanguage): string {
	return language === "ko" ? KOREAN : ENGLISH;
}

/** The excerpt of a new day note when the template sets none. */
export function defaultExcerpt(language: FormatLanguage, course: string, day: number): string {
	const text = language === "ko" ? `${course} ${day}일차 학습기록` : `${course} day ${day} learning log`;
	return text.trim();
}
