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

interface ManifestEntry {
	publishedAt: number | null;
	url: string | null;
}

const UNKNOWN: PublishStateSource = { known: false, stateOf: () => "unknown", urlOf: () => null };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function timeOf(value: unknown): number | null {
	if (typeof value === "number" && Number.isFinite(value)) return value;
	if (typeof value === "string") {
		const parsed = Date.parse(value);
		return Number.isNaN(parsed) ? null : parsed;
	}
	return null;
}

function entryOf(raw: unknown): ManifestEntry | null {
	if (!isRecord(raw)) return null;
	const publishedAt = timeOf(raw.sourceMtime) ?? timeOf(raw.mtime) ?? timeOf(raw.publishedAt);
	const url = typeof raw.url === "string" && raw.url !== "" ? raw.url : null;
	return { publishedAt, url };
}

/**
 * Recognised shapes: `{ notes: { "<vault path>": entry } }` or `{ notes: [{ source: "<vault path>", …entry }] }`
 * (also under `entries`), where an entry may hold `sourceMtime`/`mtime`/`publishedAt` (ms or an
 * ISO date: the note's state when it was published) and `url`.
 */
export function publishStateSource(manifest: unknown): PublishStateSource {
	if (!isRecord(manifest)) return UNKNOWN;
	const notes = manifest.notes ?? manifest.entries;
	const entries = new Map<string, ManifestEntry>();
	if (Array.isArray(notes)) {
		for (const item of notes) {
			const source = isRecord(item) ? (item.source ?? item.path) : null;
			const entry = entryOf(item);
			if (typeof source === "string" && entry) entries.set(source, entry);
		}
	} else if (isRecord(notes)) {
		for (const [path, item] of Object.entries(notes)) {
			const entry = entryOf(item);
			if (entry) entries.set(path, entry);
		}
	} else {
		return UNKNOWN;
	}
	return {
		known: true,
		stateOf(path, mtime) {
			const entry = entries.get(path);
			if (!entry) return "never";
			if (entry.publishedAt === null) return "published";
			// A second of slack: file systems round modification times.
			return mtime > entry.publishedAt + 1000 ? "changed" : "published";
		},
		urlOf: (path) => entries.get(path)?.url ?? null,
	};
}
