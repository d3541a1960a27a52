import { readManifest } from "../publish/plan/manifest";

/** Every note the publish record says was imported from a blog (any site), sorted. */
export function importedNotePaths(rawManifest: unknown): string[] {
	const { manifest } = readManifest(rawManifest);
	const paths = new Set<string>();
	for (const site of Object.values(manifest.sites)) {
		for (const [note, entry] of Object.entries(site.notes)) if (entry.importedNote !== undefined || entry.imported !== undefined) paths.add(note);
	}
	return [...paths].sort();
}
