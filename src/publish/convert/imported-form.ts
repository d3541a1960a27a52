import type { ImportedOrigin, SiteManifest } from "../plan/manifest";
import { useAsset, type ConvertScope } from "./convert-context";
import { assetUrl } from "./links";
import { contentHash } from "../plan/content-hash";
import { verbatimLiquid } from "./liquid";

/**
 * An imported note publishes back into its post's own form: the author's front matter as written
 * (while the note's is unchanged), the post's folder, the Liquid the post ran, the site files its
 * images are. Only what an edit changed differs; everything here is pure.
 */

/** Every Liquid tag and output of a text, as written (`{% raw %}` and its content are three). */
export const LIQUID_SPAN = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** The `publish: true` line the import adds as the block's last key. */
const ADDED_PUBLISH = /(\r?\n)publish:[ \t]*true[ \t]*\r?\n((?:---|\.\.\.)[ \t]*(?:\r?\n|$))$/;

/**
 * The post's front-matter block when the note's is the one the import wrote (the post's block,
 * plus `publish: true` when the post had no `publish` key); null once the author changed it.
 */
export function keptFrontMatter(rawBlock: string, origin: ImportedOrigin | undefined): string | null {
	if (!origin || rawBlock === "") return null;
	const withoutPublish = rawBlock.replace(ADDED_PUBLISH, "$1$2");
	if (withoutPublish !== rawBlock && contentHash(withoutPublish) === origin.frontMatter) return withoutPublish;
	return contentHash(rawBlock) === origin.frontMatter ? rawBlock : null;
}

/** The post's own Liquid, wherever it still stands in the note, marked to run as written. */
export function markRunningLiquid(body: string, origin: ImportedOrigin | undefined): string {
	if (!origin || origin.liquid.length === 0) return body;
	const running = new Set(origin.liquid);
	return body.replace(LIQUID_SPAN, (span) => (running.has(span) ? verbatimLiquid(span) : span));
}

/** The distinct Liquid spans of a text, in order: what an imported note records as running. */
export function liquidSpans(text: string): string[] {
	return [...new Set(text.match(LIQUID_SPAN) ?? [])];
}

/** Note path → the post path it was imported from. */
export function importedPostPaths(imported: ReadonlyMap<string, ImportedOrigin> | undefined): Map<string, string> {
	return new Map([...(imported ?? [])].map(([note, origin]) => [note, origin.post]));
}

/** Attachment vault path → the site file it came from, for every imported note. */
export function importedAssetPaths(imported: ReadonlyMap<string, ImportedOrigin> | undefined): Map<string, string> {
	const paths = new Map<string, string>();
	for (const origin of imported?.values() ?? []) for (const [attachment, sitePath] of Object.entries(origin.assets)) paths.set(attachment, sitePath);
	return paths;
}

/** Imported notes of a site's record → their posts' form, which their publishes keep. */
export function importedOrigins(record: SiteManifest): Map<string, ImportedOrigin> {
	return new Map(Object.entries(record.notes).flatMap(([note, entry]) => (entry.imported ? [[note, entry.imported] as const] : [])));
}

/**
 * Where a post refers to an image: in an imported note, the address its post wrote for that site
 * file (`/blog/assets/a.png`, its Liquid running); elsewhere the copied asset through `relative_url`.
 */
export function imageAddress(scope: ConvertScope, attachment: string): string {
	const site = useAsset(scope, attachment);
	const written = scope.vault.imported.get(scope.sourcePath)?.addresses?.[attachment];
	if (written === undefined || scope.vault.siteOwnedAssets.get(attachment) !== site) return assetUrl(site);
	return written.replace(LIQUID_SPAN, (span) => verbatimLiquid(span));
}
