import { isMarkdownPath } from "../core/note-store";

/**
 * The shortest text a wiki-link needs to reach a file the way Obsidian resolves it: the bare name
 * when no other file of the vault shares it, else the full path.
 */
export class VaultLinkNames {
	private readonly counts = new Map<string, number>();
	private readonly known = new Set<string>();

	constructor(paths: Iterable<string>) {
		for (const path of paths) this.add(path);
	}

	add(path: string): void {
		if (this.known.has(path)) return;
		this.known.add(path);
		const key = nameKey(path);
		this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
	}

	/** `2021-08-10-day7` or `blog/java/2021-08-10-day7`; attachments keep their extension. */
	linkPath(path: string, keepExtension = false): string {
		const unique = (this.counts.get(nameKey(path)) ?? 0) <= 1;
		const shown = unique ? path.slice(path.lastIndexOf("/") + 1) : path;
		return !keepExtension && isMarkdownPath(shown) ? shown.slice(0, -3) : shown;
	}
}

/** Obsidian matches names without case and Unicode-normalisation differences; notes without `.md`. */
function nameKey(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return (isMarkdownPath(name) ? name.slice(0, -3) : name).normalize("NFC").toLowerCase();
}
