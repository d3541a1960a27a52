import type { App } from "./app";
import { Component } from "./component";
import { setIcon } from "./helpers";
import type { View, WorkspaceLeaf } from "./workspace";

export interface Command {
	id: string;
	name: string;
	icon?: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (...args: unknown[]) => unknown;
	editorCheckCallback?: (...args: unknown[]) => boolean | void;
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	dir?: string;
}

export class Plugin extends Component {
	/** Test helpers: what the plugin registered, and what saveData stored. */
	commands: Command[] = [];
	settingTabs: unknown[] = [];
	ribbonIcons: HTMLElement[] = [];
	statusBarItems: HTMLElement[] = [];
	savedData: unknown = null;

	constructor(
		public app: App,
		public manifest: PluginManifest,
	) {
		super();
	}

	addCommand(command: Command): Command {
		this.commands.push(command);
		return command;
	}
	addSettingTab(tab: unknown): void {
		this.settingTabs.push(tab);
	}
	addRibbonIcon(icon: string, title: string, callback: (event: MouseEvent) => unknown): HTMLElement {
		const el = document.createElement("div");
		el.setAttribute("aria-label", title);
		setIcon(el, icon);
		el.addEventListener("click", (event) => callback(event));
		this.ribbonIcons.push(el);
		return el;
	}
	addStatusBarItem(): HTMLElement {
		const el = document.createElement("div");
		this.statusBarItems.push(el);
		return el;
	}
	registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
		this.app.workspace.viewCreators.set(type, creator);
		this.register(() => this.app.workspace.viewCreators.delete(type));
	}
	/** Test helper: page preview sources registered with registerHoverLinkSource. */
	hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.hoverLinkSources.set(id, info);
	}
	loadData(): Promise<unknown> {
		return Promise.resolve(structuredClone(this.savedData));
	}
	saveData(data: unknown): Promise<void> {
		this.savedData = structuredClone(data);
		return Promise.resolve();
	}
	/** Test helper: run a command as the palette would. Returns false if it was not available. */
	runCommand(id: string): boolean {
		const command = this.commands.find((c) => c.id === id);
		if (!command) throw new Error(`No command ${id}`);
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			command.checkCallback(false);
			return true;
		}
		command.callback?.();
		return true;
	}
}
