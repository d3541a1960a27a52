// A minimal Buffer for libraries bundled into main.js: gray-matter keeps `Buffer.from(text)` as
// the original input and asks `isBuffer` of what it is given. Mobile Obsidian has no Node Buffer.
export const Buffer = {
	from(value: string): Uint8Array {
		return new TextEncoder().encode(value);
	},
	isBuffer(_value: unknown): boolean {
		return false;
	},
};
