/** One feature's strings: English defines the keys, Korean must have exactly the same ones. */
export interface MessageBundle<Keys extends string> {
	en: Record<Keys, string>;
	ko: Record<Keys, string>;
}

export function defineMessages<Keys extends string>(bundle: MessageBundle<Keys>): MessageBundle<Keys> {
	return bundle;
}
