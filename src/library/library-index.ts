import type { GroupingMode, SortOrder } from "./library-settings";
import { datePath, groupPathsOf, nestedPath, type GroupPath, type WeekKeys } from "./group-keys";
import {
	addPlacements,
	clearSortCaches,
	createRoot,
	groupsAlong,
	removePlacements,
	type GroupComparator,
	type GroupNode,
	type NoteComparator,
} from "./group-tree";
import { sameFacts, type NoteFacts } from "./note-facts";
import { createFactsComparator, createGroupComparator, createNoteComparator } from "./note-order";
import type { DayKey } from "./note-dates";
import { SUNDAY_WEEKS, type WeekRule } from "./weeks";

export interface IndexOptions {
	mode: GroupingMode;
	sort: SortOrder;
	weekRule: WeekRule;
}

/** What one update changed, so a view can redraw only that. */
export interface IndexChange {
	/** Notes whose facts or placement changed (old and new paths of a rename). */
	notes: string[];
	/** False when the update changed nothing at all. */
	changed: boolean;
}

/**
 * The learning log's index: every note's facts and the group tree of the current mode. Built once,
 * then kept up to date note by note (upsert, rename, remove): each update touches only the groups
 * of that note, and the counts and sorted lists change in place. The tree always equals a fresh
 * build from the same facts (a property test holds it to that).
 */
export class LibraryIndex {
	private readonly facts = new Map<string, NoteFacts>();
	private readonly dayCounts = new Map<DayKey, number>();
	/** Date paths by day, for the current week rule: many notes share a day. */
	private readonly datePaths = new Map<DayKey, GroupPath>();
	private readonly weekKeys: WeekKeys = new Map();
	/** Category and tag paths by prefixed value, for the same reason. */
	private readonly nestedPaths = new Map<string, GroupPath>();
	private root: GroupNode = createRoot();
	private options: IndexOptions;
	private compareNotes!: NoteComparator;
	private compareGroups!: GroupComparator;
	/** Bumped on every change; views compare it to know whether to redraw. */
	version = 0;
	/** Bumped when notesPerDay changes, so the streak is recomputed only then. */
	daysVersion = 0;

	constructor(options: Partial<IndexOptions> = {}, initial: Iterable<NoteFacts> = []) {
		this.options = { mode: options.mode ?? "category", sort: options.sort ?? "date-desc", weekRule: options.weekRule ?? SUNDAY_WEEKS };
		this.makeComparators();
		for (const facts of initial) this.facts.set(facts.path, facts);
		this.rebuildTree();
	}

	get mode(): GroupingMode {
		return this.options.mode;
	}
	get sort(): SortOrder {
		return this.options.sort;
	}
	get size(): number {
		return this.facts.size;
	}
	get tree(): GroupNode {
		return this.root;
	}
	get noteComparator(): NoteComparator {
		return this.compareNotes;
	}
	get groupComparator(): GroupComparator {
		return this.compareGroups;
	}

	factsOf(path: string): NoteFacts | undefined {
		return this.facts.get(path);
	}

	allFacts(): IterableIterator<NoteFacts> {
		return this.facts.values();
	}

	/** The groups a note is listed in or under, each once, the root included (a filter counts its matches by them). */
	groupsOf(path: string): Set<GroupNode> {
		const facts = this.facts.get(path);
		return facts ? groupsAlong(this.root, this.pathsOf(facts)) : new Set();
	}

	/** How many notes are dated on each day, for the streak. */
	notesPerDay(): ReadonlyMap<DayKey, number> {
		return this.dayCounts;
	}

	private makeComparators(): void {
		this.compareNotes = createNoteComparator(this.options.sort, (path) => this.facts.get(path)!);
		this.compareGroups = createGroupComparator(this.options.sort);
	}

	/** A new mode or week rule regroups everything (one full build, as when the view opens). */
	setGrouping(mode: GroupingMode, weekRule: WeekRule = this.options.weekRule): void {
		const sameRule = weekRule.weekStartsOn === this.options.weekRule.weekStartsOn && weekRule.firstWeekContainsDate === this.options.weekRule.firstWeekContainsDate;
		if (mode === this.options.mode && sameRule) return;
		this.options = { ...this.options, mode, weekRule };
		this.rebuildTree();
		this.version++;
	}

	/** A new sort keeps the groups and only re-sorts the lists that are shown. */
	setSort(sort: SortOrder): void {
		if (sort === this.options.sort) return;
		this.options = { ...this.options, sort };
		this.makeComparators();
		clearSortCaches(this.root);
		this.version++;
	}

	/** Replaces every note at once (the first build, or a new folder scope): one pass, no diffing. */
	replaceAll(facts: Iterable<NoteFacts>): void {
		this.facts.clear();
		for (const item of facts) this.facts.set(item.path, item);
		this.rebuildTree();
		this.version++;
	}

	private rebuildTree(): void {
		this.root = createRoot();
		this.dayCounts.clear();
		this.datePaths.clear();
		this.weekKeys.clear();
		this.nestedPaths.clear();
		this.daysVersion++;
		// One sort of all notes, then every group's list is filled in order: no per-group sorting.
		const ordered = [...this.facts.values()].sort(createFactsComparator(this.options.sort));
		for (const facts of ordered) this.place(facts, true);
	}

	private readonly dateOf = (day: DayKey): GroupPath => {
		let path = this.datePaths.get(day);
		if (!path) {
			path = datePath(day, this.options.weekRule, this.weekKeys);
			this.datePaths.set(day, path);
		}
		return path;
	};

	private readonly nestedOf = (prefix: string, value: string): GroupPath => {
		const key = `${prefix}${value}`;
		let path = this.nestedPaths.get(key);
		if (!path) {
			path = nestedPath(prefix, value);
			this.nestedPaths.set(key, path);
		}
		return path;
	};

	/**
	 * Where a note sits, worked out again whenever it is needed rather than kept: the facts and the
	 * grouping decide it, and 10,000 notes' paths kept alive would cost every build a garbage
	 * collector's copy of them.
	 */
	private pathsOf(facts: NoteFacts): GroupPath[] {
		return groupPathsOf(facts, this.options.mode, this.options.weekRule, this.dateOf, this.nestedOf);
	}

	private place(facts: NoteFacts, inOrder = false): void {
		addPlacements(this.root, this.pathsOf(facts), facts.path, this.compareNotes, this.compareGroups, inOrder);
		this.dayCounts.set(facts.day, (this.dayCounts.get(facts.day) ?? 0) + 1);
	}

	private unplace(path: string): void {
		const facts = this.facts.get(path);
		if (!facts) return;
		removePlacements(this.root, this.pathsOf(facts), path);
		const left = (this.dayCounts.get(facts.day) ?? 1) - 1;
		if (left > 0) this.dayCounts.set(facts.day, left);
		else this.dayCounts.delete(facts.day);
	}

	/** A note was created or its metadata changed. */
	upsert(facts: NoteFacts): IndexChange {
		const previous = this.facts.get(facts.path);
		if (previous && sameFacts(previous, facts)) return { notes: [], changed: false };
		// Unplace with the old facts still in the map: removal finds notes by identity, not by order.
		if (previous) this.unplace(facts.path);
		this.facts.set(facts.path, facts);
		this.place(facts);
		this.version++;
		if (previous?.day !== facts.day) this.daysVersion++;
		return { notes: [facts.path], changed: true };
	}

	remove(path: string): IndexChange {
		if (!this.facts.has(path)) return { notes: [], changed: false };
		this.unplace(path);
		this.facts.delete(path);
		this.version++;
		this.daysVersion++;
		return { notes: [path], changed: true };
	}

	/** A rename moves the note; its new facts (title from the new name, date) come with it. */
	rename(oldPath: string, facts: NoteFacts): IndexChange {
		const removed = this.remove(oldPath);
		const added = this.upsert(facts);
		return { notes: [...removed.notes, ...added.notes], changed: removed.changed || added.changed };
	}
}
