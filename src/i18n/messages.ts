// Every user-facing string, per feature. English is the reference: the Korean table is typed
// against it, so a missing Korean key is a compile error (and a test checks it at run time too).
import { commonMessages } from "./strings/common";
import { dailyMessages } from "./strings/daily";
import { libraryMessages } from "./strings/library";
import { publishMessages } from "./strings/publish";
import { githubMessages } from "./strings/github";
import { convertMessages } from "./strings/convert";
import { teamMessages } from "./strings/team";
import { publishButtonMessages } from "./strings/publish-button";
import { importMessages } from "./strings/import";
import { vaultAdoptionMessages } from "./strings/vault-adoption";

export const englishMessages = {
	...commonMessages.en,
	...dailyMessages.en,
	...libraryMessages.en,
	...publishMessages.en,
	...githubMessages.en,
	...convertMessages.en,
	...teamMessages.en,
	...publishButtonMessages.en,
	...importMessages.en,
	...vaultAdoptionMessages.en,
};

export type MessageKey = keyof typeof englishMessages;

export const koreanMessages: Record<MessageKey, string> = {
	...commonMessages.ko,
	...dailyMessages.ko,
	...libraryMessages.ko,
	...publishMessages.ko,
	...githubMessages.ko,
	...convertMessages.ko,
	...teamMessages.ko,
	...publishButtonMessages.ko,
	...importMessages.ko,
	...vaultAdoptionMessages.ko,
};
