import { Component } from "./component";
import { Events } from "./events";
import type { App } from "./app";
import type { TFile } from "./vault";

export class View extends Component {
	containerEl: HTMLElement;
	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.containerEl = document.createElement("div");
		this.containerEl.appendChild(document.createElement("div"));
		this.containerEl.appendChild(document.createElement("div"));
	}
	get app(): App {
		return this.leaf.app;
	}
	getViewType(): string {
		return "";
	}
	getDisplayText(): string {
		return "";
	}
	getIcon(): string {
		return "";
	}
	onOpen(): Promise<void> {
		return Promise.resolve();
	}
	onClose(): Promise<void> {
		return Promise.resolve();
	}
	getState(): Record<string, unknown> {
		return {};
	}
	setState(_state: unknown, _result: unknown): Promise<void> {
		return Promise.resolve();
	}
}

export class ItemView extends View {
	contentEl: HTMLElement;
	navigation = false;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}
	addAction(_icon: string, title: string, callback: (event: MouseEvent) => unknown): HTMLElement {
		const action = document.createElement("button");
		action.setAttribute("aria-label", title);
		action.addEventListener("click", (event) => callback(event));
		this.containerEl.children[0].appendChild(action);
		return action;
	}
}

export class WorkspaceLeaf extends Events {
	view: View | null = null;
	openedFile: TFile | null = null;
	constructor(
		public app: App,
		private readonly workspace: Workspace,
	) {
		super();
	}
	async setViewState(state: { type: string; active?: boolean; state?: unknown }): Promise<void> {
		const creator = this.workspace.viewCreators.get(state.type);
		if (!creator) throw new Error(`No view registered for ${state.type}`);
		await this.view?.onClose();
		this.view = creator(this);
		this.view.load();
		await this.view.onOpen();
	}
	getViewState(): { type: string } {
		return { type: this.view?.getViewType() ?? "empty" };
	}
	async openFile(file: TFile): Promise<void> {
		this.openedFile = file;
		// As in Obsidian, the note opened in a leaf becomes the active one.
		this.workspace.setActiveFile(file);
		this.workspace.trigger("file-open", file);
		return Promise.resolve();
	}
	detach(): void {
		void this.view?.onClose();
		this.view?.unload();
		this.workspace.leaves = this.workspace.leaves.filter((leaf) => leaf !== this);
	}
}

export class Workspace extends Events {
	leaves: WorkspaceLeaf[] = [];
	viewCreators = new Map<string, (leaf: WorkspaceLeaf) => View>();
	layoutReady = false;
	private readyCallbacks: Array<() => unknown> = [];
	private activeFile: TFile | null = null;

	constructor(private readonly app: App) {
		super();
	}
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}
	/** Test helper: finish loading the layout. */
	finishLayout(): void {
		this.layoutReady = true;
		this.readyCallbacks.splice(0).forEach((callback) => callback());
	}
	private newLeaf(): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, this);
		this.leaves.push(leaf);
		return leaf;
	}
	getLeaf(_newLeaf?: unknown): WorkspaceLeaf {
		return this.newLeaf();
	}
	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.newLeaf();
	}
	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.newLeaf();
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view?.getViewType() === type);
	}
	detachLeavesOfType(type: string): void {
		this.getLeavesOfType(type).forEach((leaf) => leaf.detach());
	}
	revealLeaf(_leaf: WorkspaceLeaf): Promise<void> {
		return Promise.resolve();
	}
	getActiveFile(): TFile | null {
		return this.activeFile;
	}
	/** Test helper. */
	setActiveFile(file: TFile | null): void {
		this.activeFile = file;
	}
	openLinkText(linktext: string, sourcePath: string, _newLeaf?: unknown): Promise<void> {
		const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (file) this.activeFile = file;
		return Promise.resolve();
	}
}
