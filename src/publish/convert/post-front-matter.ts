import { writeFrontMatter, type FrontMatterValue } from "../../core/front-matter-writer";
import { localPostDate, parsePostDate } from "../site/post-date";
import { normaliseList, type PostIdentity } from "../site/post-identity";
import { slugify } from "../site/slug";
import type { NoteRecord, PostState, VaultContext } from "./convert-context";

// Keys the converter writes itself, or that only mean something in the vault.
const HANDLED = new Set(["title", "date", "last_modified_at", "categories", "category", "tags", "tag", "aliases", "alias", "slug"]);

function toValue(value: unknown): FrontMatterValue | undefined {
	if (value === undefined) return undefined;
	if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
	if (Array.isArray(value)) return value.map(toValue).filter((item): item is FrontMatterValue => item !== undefined);
	if (typeof value === "object") {
		const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toValue(item)] as const);
		return Object.fromEntries(entries.filter(([, item]) => item !== undefined)) as FrontMatterValue;
	}
	// Functions and symbols cannot come out of YAML; nothing to keep.
	return undefined;
}

function lastModified(record: NoteRecord): string {
	const written = record.frontMatter.last_modified_at;
	if (typeof written === "string") return parsePostDate(written)?.written ?? written;
	return localPostDate(new Date(record.note.mtime)).written;
}

function title(record: NoteRecord): string {
	const written = record.frontMatter.title;
	if (typeof written === "string" && written.trim() !== "") return written;
	if (typeof written === "number") return String(written);
	return record.name;
}

/** The tags a note's front matter lists (`tags` and `tag`), before its inline `#tags` join them. */
export function frontMatterTags(frontMatter: NoteRecord["frontMatter"]): string[] {
	return [...normaliseList(frontMatter.tags), ...normaliseList(frontMatter.tag)];
}

/**
 * The post's front matter: title (always quoted), a date with the vault's offset,
 * last_modified_at, categories and tags as lists (inline `#tags` merged), the author's other keys,
 * and none of the vault-only ones. Throws when it cannot be written so that it reads back unchanged.
 */
export function buildPostFrontMatter(record: NoteRecord, identity: PostIdentity, post: PostState, vault: VaultContext): string {
	const { frontMatter } = record;
	const privateKeys = new Set(vault.settings.privateKeys.map((key) => key.toLowerCase()));
	const data: Record<string, FrontMatterValue> = {
		title: title(record),
		date: identity.date.written,
		last_modified_at: lastModified(record),
	};
	for (const [key, value] of Object.entries(frontMatter)) {
		if (HANDLED.has(key) || privateKeys.has(key.toLowerCase())) continue;
		const converted = toValue(value);
		if (converted !== undefined) data[key] = converted;
	}
	if (identity.categories.length > 0 || "categories" in frontMatter || "category" in frontMatter) data.categories = identity.categories;
	const tags = normaliseList([...frontMatterTags(frontMatter), ...post.tags]);
	if (tags.length > 0 || "tags" in frontMatter || "tag" in frontMatter) data.tags = tags;
	const aliases = normaliseList([...normaliseList(frontMatter.aliases, false), ...normaliseList(frontMatter.alias, false)], false);
	if (vault.site.redirectFrom && aliases.length > 0 && !privateKeys.has("aliases")) {
		const existing = normaliseList(frontMatter.redirect_from, false);
		const redirects = aliases.map((alias) => slugify(alias, vault.settings.slugMode)).filter((slug) => slug !== "").map((slug) => `/${slug}/`);
		data.redirect_from = [...new Set([...existing, ...redirects])];
	}
	if (vault.settings.calloutStyle === "chirpy" && post.hasMath && !("math" in data)) data.math = true;
	return writeFrontMatter(data, { alwaysQuote: ["title"] });
}
