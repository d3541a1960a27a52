import { Component, moment, TFile, type App, type CachedMetadata, type Events, type TAbstractFile } from "obsidian";
import { LIBRARY_SETTINGS_CHANGED, PUBLISH_STATE_CHANGED } from "../core/workspace-events";
import { isInScope, scopeTest } from "../library/folder-scope";
import { LibraryIndex } from "../library/library-index";
import { groupingOf, sortOf, type LibrarySettings } from "../library/library-settings";
import { extractNoteFacts, type NoteFacts } from "../library/note-facts";
import { weekRuleFor, weekRuleFromMomentLocale, type WeekRule } from "../library/weeks";

export type IndexListener = (changedNotes: readonly string[] | null) => void;

/** Facts of a note from Obsidian's metadata cache (front matter and the tags it found in the body). */
export function factsOfFile(file: TFile, cache: CachedMetadata | null): NoteFacts {
	return extractNoteFacts({
		path: file.path,
		frontMatter: cache?.frontmatter ?? null,
		inlineTags: cache?.tags?.map((tag) => tag.tag) ?? [],
		ctime: file.stat.ctime,
		mtime: file.stat.mtime,
	});
}

/** The week rule of the setting, or of Obsidian's locale (moment's dow/doy) when it says so. */
export function currentWeekRule(weekStart: number): WeekRule {
	const data = moment.localeData();
	return weekRuleFor(weekStart, weekRuleFromMomentLocale(data.firstDayOfWeek(), data.firstDayOfYear()));
}

/** Equal keys mean the same folder scope, so the index need not be rebuilt. */
function scopeKeyOf(library: LibrarySettings): string {
	return JSON.stringify([library.includedFolders, library.excludedFolders]);
}

/**
 * Owns the learning log index for the plugin: builds it once the layout is ready, then applies
 * each vault and metadata event to it. As a child component, its event handlers go away with
 * the plugin. Views subscribe; the plugin keeps no reference to them.
 */
export class LibraryIndexer extends Component {
	readonly index: LibraryIndex;
	private readonly listeners = new Set<IndexListener>();
	private started = false;
	private scopeKey = "";

	constructor(
		private readonly app: App,
		private readonly settings: () => LibrarySettings,
	) {
		super();
		const library = settings();
		this.index = new LibraryIndex({ mode: groupingOf(library), sort: sortOf(library), weekRule: currentWeekRule(library.weekStart) });
	}

	/** Called from onLayoutReady: the vault has loaded, so `create` events from now on are real. */
	start(): void {
		if (this.started) return;
		this.started = true;
		this.rebuild();
		const { vault, metadataCache, workspace } = this.app;
		this.registerEvent(metadataCache.on("changed", (file) => this.upsert(file)));
		this.registerEvent(vault.on("create", (file) => this.upsert(file)));
		this.registerEvent(vault.on("delete", (file) => this.remove(file)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.rename(file, oldPath)));
		const events: Events = workspace;
		this.registerEvent(events.on(LIBRARY_SETTINGS_CHANGED, () => this.settingsChanged()));
		this.registerEvent(events.on(PUBLISH_STATE_CHANGED, () => this.notify(null)));
	}

	subscribe(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private settingsChanged(): void {
		const library = this.settings();
		if (scopeKeyOf(library) !== this.scopeKey) this.rebuild();
		this.applyViewSettings();
	}

	/** A full build: on start, and when the folder scope changes. */
	rebuild(): void {
		const scope = this.settings();
		this.scopeKey = scopeKeyOf(scope);
		const isListed = scopeTest(scope);
		const files = this.app.vault.getMarkdownFiles().filter((file) => isListed(file.path));
		this.index.replaceAll(files.map((file) => factsOfFile(file, this.app.metadataCache.getFileCache(file))));
		this.notify(null);
	}

	/** Mode, sort or week start changed in the view or the settings. */
	applyViewSettings(): void {
		const library = this.settings();
		this.index.setGrouping(groupingOf(library), currentWeekRule(library.weekStart));
		this.index.setSort(sortOf(library));
		this.notify(null);
	}

	private upsert(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		if (!isInScope(file.path, this.settings())) {
			this.apply(this.index.remove(file.path).notes);
			return;
		}
		this.apply(this.index.upsert(factsOfFile(file, this.app.metadataCache.getFileCache(file))).notes);
	}

	/** Paths of indexed notes inside a folder (a folder's events may come without one per note). */
	private notesUnder(folder: string): string[] {
		const prefix = `${folder}/`;
		return [...this.index.allFacts()].map((facts) => facts.path).filter((path) => path.startsWith(prefix));
	}

	private remove(file: TAbstractFile): void {
		const paths = file instanceof TFile ? [file.path] : this.notesUnder(file.path);
		this.apply(paths.flatMap((path) => this.index.remove(path).notes));
	}

	private rename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) {
			// A folder moved: re-read its notes at their new paths.
			const gone = this.notesUnder(oldPath).filter((path) => !this.app.vault.getFileByPath(path));
			const changed = gone.flatMap((path) => this.index.remove(path).notes);
			const scope = this.settings();
			for (const moved of this.app.vault.getMarkdownFiles()) {
				if (moved.path.startsWith(`${file.path}/`) && isInScope(moved.path, scope)) {
					changed.push(...this.index.upsert(factsOfFile(moved, this.app.metadataCache.getFileCache(moved))).notes);
				}
			}
			this.apply(changed);
			return;
		}
		const removed = this.index.remove(oldPath).notes;
		const scope = this.settings();
		const added = isInScope(file.path, scope) ? this.index.upsert(factsOfFile(file, this.app.metadataCache.getFileCache(file))).notes : [];
		this.apply([...removed, ...added]);
	}

	private apply(changed: readonly string[]): void {
		if (changed.length > 0) this.notify(changed);
	}

	private notify(changed: readonly string[] | null): void {
		for (const listener of this.listeners) listener(changed);
	}
}
