import { parseNote } from "../core/front-matter";
import { baseName } from "../core/note-store";
import { dateFromNoteName, parsePostDate } from "../publish/site/post-date";
import type { BlogPost } from "./blog-catalogue";

/** What happens to one post. */
export type ImportAction =
	/** A new note is written. */
	| "create"
	/** A note of the vault already holds this post (same date and title): it becomes its author. */
	| "link"
	/** An earlier import (or publish) already records a note for this post. */
	| "already"
	/** Something else sits where the note would go, or the matching note says `publish: false`. */
	| "conflict";

export interface PlannedImport {
	post: BlogPost;
	action: ImportAction;
	/** Vault path of the note that holds (or will hold) the post. */
	notePath: string;
}

export interface VaultNoteText {
	path: string;
	text: string;
}

/** Titles compare as a reader sees them: Unicode normalised, outer spaces ignored. */
function titleKey(title: string): string {
	return title.normalize("NFC").trim();
}

/** The day and title a note shows, for matching it with a post. */
function dayAndTitle(note: VaultNoteText): { key: string; publishFalse: boolean } | null {
	let frontMatter: Record<string, unknown> = {};
	try {
		frontMatter = parseNote(note.path, note.text).frontMatter ?? {};
	} catch {
		return null;
	}
	const written = frontMatter.date;
	const day = (typeof written === "string" ? parsePostDate(written)?.day : undefined) ?? dateFromNoteName(baseName(note.path))?.date.day;
	const title = typeof frontMatter.title === "string" ? frontMatter.title : baseName(note.path);
	if (!day) return null;
	return { key: `${day} ${titleKey(title)}`, publishFalse: frontMatter.publish === false || frontMatter.publish === "false" };
}

function joinPath(...parts: string[]): string {
	return parts
		.join("/")
		.split("/")
		.filter((part) => part !== "")
		.join("/");
}

/** `blog/java/2021-08-10-day7.md`: the vault folder, the post's subfolder, the post's file name. */
export function notePathFor(folder: string, post: BlogPost): string {
	return joinPath(folder, `${post.subfolder}${post.name}.md`);
}

/**
 * Decides, for every post, what the import does, without changing anything. Never an overwrite:
 * a post already recorded is left alone, a note that already holds it (same day, same title) is
 * linked, and a file in the way is a conflict.
 */
export function planImport(input: {
	posts: readonly BlogPost[];
	folder: string;
	vaultNotes: readonly VaultNoteText[];
	vaultPaths: ReadonlySet<string>;
	/** Site path of a post → the vault note the publish record names as its author. */
	recordedPosts: ReadonlyMap<string, string>;
}): PlannedImport[] {
	const byDayAndTitle = new Map<string, { path: string; publishFalse: boolean }>();
	for (const note of input.vaultNotes) {
		const found = dayAndTitle(note);
		if (found && !byDayAndTitle.has(found.key)) byDayAndTitle.set(found.key, { path: note.path, publishFalse: found.publishFalse });
	}
	const taken = new Set([...input.vaultPaths].map((path) => path.normalize("NFC").toLowerCase()));
	return input.posts.map((post): PlannedImport => {
		const recorded = input.recordedPosts.get(post.path);
		if (recorded !== undefined) return { post, action: "already", notePath: recorded };
		const match = byDayAndTitle.get(`${post.date.day} ${titleKey(post.title)}`);
		if (match) return { post, action: match.publishFalse ? "conflict" : "link", notePath: match.path };
		const notePath = notePathFor(input.folder, post);
		const key = notePath.normalize("NFC").toLowerCase();
		if (taken.has(key)) return { post, action: "conflict", notePath };
		taken.add(key);
		return { post, action: "create", notePath };
	});
}

export interface ImportCounts {
	posts: number;
	create: number;
	link: number;
	already: number;
	conflict: number;
	attachments: number;
	callouts: number;
	kept: number;
	skipped: number;
}
