import { ItemView, Notice, setIcon, type HoverParent, type HoverPopover, type WorkspaceLeaf } from "obsidian";
import type { Translator } from "../i18n/translator";
import { createNoteRowCache, flattenTree, type TreeRow } from "../library/flatten-tree";
import { collapseKey, groupingOf, sortOf, type GroupingMode, type LibrarySettings, type SortOrder } from "../library/library-settings";
import { localDayKey, type DayKey } from "../library/note-dates";
import { parseFilter, type NoteFilter } from "../library/note-filter";
import { publishStateSource, type PublishStateSource } from "../library/publish-state";
import { learningStreak } from "../library/streak";
import { currentWeekRule, type LibraryIndexer } from "./library-indexer";
import { openNote } from "./note-actions";
import { renderRow, rowSignature, type RowContext } from "./tree-row";
import { setTextIfChanged } from "./streak-heatmap";
import { TreeInteractions } from "./tree-interactions";
import { ViewHeader } from "./view-header";
import { VirtualList } from "./virtual-list";
import type { ViewPublishing } from "./row-menu";

export const VIEW_TYPE_LEARNING_LOG = "learning-log-view";
export const LEARNING_LOG_ICON = "calendar-range";
/** Must match `.learning-log-row` height in styles.css. */
export const ROW_HEIGHT = 26;

/** What the view needs from the plugin, passed in so the view holds no plugin internals. */
export interface LearningLogViewDeps {
	indexer: LibraryIndexer;
	pluginId: string;
	t: Translator;
	settings: () => LibrarySettings;
	saveSettings: () => Promise<void>;
	/** The daily notes folder: a day of the heat map opens the note there first. */
	dailyFolder: () => string;
	publishManifest: () => unknown;
	/** The publish button in the header and the row menu's publishing items; left out when absent. */
	publishing?: ViewPublishing;
	/** Defaults to the real date; the screenshot harness and tests pin it. */
	today?: () => DayKey;
	/** Defaults to the scroll container's height; tests inject it (jsdom has no layout). */
	viewportHeight?: () => number;
}

/** The learning log sidebar: the streak, then the notes grouped by category, tag or date. */
export class LearningLogView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	list!: VirtualList<TreeRow>;
	header!: ViewHeader;
	private interactions!: TreeInteractions;
	private emptyEl!: HTMLElement;
	private rows: TreeRow[] = [];
	private filter: NoteFilter | null = null;
	private publishSource: PublishStateSource = publishStateSource(null);
	private manifestSeen: unknown = undefined;
	private streakKey = "";
	private readonly rowContext: RowContext;
	private readonly rowCache = createNoteRowCache();

	constructor(
		leaf: WorkspaceLeaf,
		readonly deps: LearningLogViewDeps,
	) {
		super(leaf);
		this.rowContext = {
			t: deps.t,
			factsOf: (path) => deps.indexer.index.factsOf(path),
			publishStateOf: (path, mtime) => this.publishSource.stateOf(path, mtime),
			setIcon: (el, icon) => setIcon(el, icon),
		};
	}

	getViewType(): string {
		return VIEW_TYPE_LEARNING_LOG;
	}

	getDisplayText(): string {
		return this.deps.t("library.viewTitle");
	}

	override getIcon(): string {
		return LEARNING_LOG_ICON;
	}

	override async onOpen(): Promise<void> {
		const { contentEl, deps } = this;
		contentEl.empty();
		contentEl.addClass("learning-log-view");
		const settings = deps.settings();
		this.header = new ViewHeader(contentEl, this, deps.t, { mode: groupingOf(settings), sort: sortOf(settings) }, {
			onMode: (mode) => void this.changeMode(mode),
			onSort: (sort) => void this.changeSort(sort),
			onFilter: (query) => this.changeFilter(query),
			onOpenDay: (day) => void this.openDay(day),
			onPublish: deps.publishing ? () => deps.publishing?.publishNow() : undefined,
		});
		this.emptyEl = contentEl.createDiv({ cls: "learning-log-empty" });
		this.list = new VirtualList<TreeRow>(contentEl, {
			rowHeight: ROW_HEIGHT,
			viewportHeight: deps.viewportHeight,
			signature: (row) => rowSignature(row, this.rowContext),
			render: (el, row) => {
				renderRow(el, row, this.rowContext);
				this.interactions.decorate(el, row);
			},
			place: (el, row, index) => this.interactions.place(el, row, index),
		});
		this.interactions = new TreeInteractions(this, this.list, {
			toggle: (id, expand) => void this.toggleGroup(id, expand),
			publishedUrl: (path) => this.publishSource.urlOf(path),
		});
		this.register(deps.indexer.subscribe(() => this.refresh()));
		this.refresh();
		// Past midnight the streak's "today" moves on even when no note changes.
		this.registerInterval(window.setInterval(() => this.refreshStreak(), 10 * 60_000));
		return Promise.resolve();
	}

	override onClose(): Promise<void> {
		this.contentEl.empty();
		return Promise.resolve();
	}

	/** The rows the tree shows now (all of them, not only those on screen). */
	get visibleRows(): readonly TreeRow[] {
		return this.rows;
	}

	private collapsedGroups(): Set<string> {
		const settings = this.deps.settings();
		const prefix = collapseKey(groupingOf(settings), "");
		return new Set(settings.collapsedGroups.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)));
	}

	/** Recomputes the rows and redraws what changed on screen; the index has already been updated. */
	refresh(): void {
		const { deps } = this;
		const manifest = deps.publishManifest();
		if (manifest !== this.manifestSeen) {
			this.manifestSeen = manifest;
			this.publishSource = publishStateSource(manifest);
		}
		const settings = deps.settings();
		this.header.modeEl.value = groupingOf(settings);
		this.header.sortEl.value = sortOf(settings);
		const index = deps.indexer.index;
		this.rows = flattenTree(index, { collapsed: this.collapsedGroups(), filter: this.filter, cache: this.rowCache });
		this.list.setRows(this.rows);
		this.interactions.afterRowsChanged();
		const empty = this.rows.length === 0;
		if (this.emptyEl.hasClass("is-hidden") === empty) this.emptyEl.toggleClass("is-hidden", !empty);
		setTextIfChanged(this.emptyEl, empty ? deps.t(this.filter ? "library.noMatches" : "library.empty") : "");
		this.refreshStreak();
	}

	/** The streak depends only on the days notes are dated, today and the week start. */
	private refreshStreak(): void {
		const { index } = this.deps.indexer;
		const { weekStart } = this.deps.settings();
		const today = this.deps.today?.() ?? localDayKey(Date.now());
		const streakKey = `${index.daysVersion}|${today}|${weekStart}`;
		if (streakKey === this.streakKey) return;
		this.streakKey = streakKey;
		this.header.heatmap.update(learningStreak(index.notesPerDay(), today, currentWeekRule(weekStart)));
	}

	private async toggleGroup(id: string, expand: boolean): Promise<void> {
		const settings = this.deps.settings();
		const key = collapseKey(groupingOf(settings), id);
		const collapsed = new Set(settings.collapsedGroups);
		if (expand) collapsed.delete(key);
		else collapsed.add(key);
		settings.collapsedGroups = [...collapsed];
		this.refresh();
		await this.deps.saveSettings();
	}

	private async changeMode(mode: GroupingMode): Promise<void> {
		this.deps.settings().grouping = mode;
		this.deps.indexer.applyViewSettings();
		await this.deps.saveSettings();
	}

	private async changeSort(sort: SortOrder): Promise<void> {
		this.deps.settings().sort = sort;
		this.deps.indexer.applyViewSettings();
		await this.deps.saveSettings();
	}

	changeFilter(query: string): void {
		this.filter = parseFilter(query);
		this.refresh();
	}

	/** A day of the heat map: its daily note, else any note of that day. */
	async openDay(day: DayKey): Promise<void> {
		const folder = this.deps.dailyFolder().replace(/^\/+|\/+$/g, "");
		const onDay = [...this.deps.indexer.index.allFacts()].filter((facts) => facts.day === day);
		const daily = onDay.find((facts) => folder !== "" && facts.path.startsWith(`${folder}/`)) ?? onDay[0];
		if (!daily) {
			new Notice(this.deps.t("library.notice.noNoteOnDay", { date: day }));
			return;
		}
		await openNote(this.app, daily.path, false);
	}
}
