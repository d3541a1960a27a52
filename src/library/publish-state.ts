import { readManifest } from "../publish/plan/manifest";

/** Where a note stands against the blog, as far as the publishing manifest tells. */
export type PublishState = "never" | "published" | "changed" | "unknown";

/**
 * The view reads publish states only through this adapter, so the publishing code may keep its
 * manifest in whatever shape suits it: a shape this adapter does not recognise gives "unknown"
 * (the view then shows no state) instead of a wrong one.
 */
export interface PublishStateSource {
	readonly known: boolean;
	stateOf(path: string, mtime: number): PublishState;
	urlOf(path: string): string | null;
}

interface PublishedNote {
	/** The note's modification time when it was published; null when the manifest predates it. */
	publishedAt: number | null;
	url: string | null;
}

const UNKNOWN: PublishStateSource = { known: false, stateOf: () => "unknown", urlOf: () => null };

/**
 * Reads the publishing manifest (src/publish/plan/manifest.ts). A note counts as published when any
 * site holds it; the latest publish decides whether it changed since. A manifest that cannot be
 * read gives "unknown" (the view then shows no state) rather than a wrong one.
 */
export function publishStateSource(raw: unknown): PublishStateSource {
	const { manifest, problem } = readManifest(raw);
	if (problem === "invalid") return UNKNOWN;
	const notes = new Map<string, PublishedNote>();
	for (const site of Object.values(manifest.sites)) {
		for (const [path, entry] of Object.entries(site.notes)) {
			const publishedAt = entry.sourceMtime ?? null;
			const known = notes.get(path);
			if (!known || (publishedAt ?? -1) > (known.publishedAt ?? -1)) {
				notes.set(path, { publishedAt, url: entry.url ?? known?.url ?? null });
			}
		}
	}
	return {
		known: true,
		stateOf(path, mtime) {
			const note = notes.get(path);
			if (!note) return "never";
			if (note.publishedAt === null) return "published";
			// A second of slack: file systems round modification times.
			return mtime > note.publishedAt + 1000 ? "changed" : "published";
		},
		urlOf: (path) => notes.get(path)?.url ?? null,
	};
}
