import type { EventRef } from "./events";

export class Component {
	private children: Component[] = [];
	private cleanups: Array<() => void> = [];
	loaded = false;

	load(): void {
		this.loaded = true;
		void this.onload();
		this.children.forEach((child) => child.load());
	}
	onload(): void | Promise<void> {}
	unload(): void {
		this.children.forEach((child) => child.unload());
		this.cleanups.splice(0).forEach((cleanup) => cleanup());
		this.loaded = false;
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}
	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}
	register(cleanup: () => void): void {
		this.cleanups.push(cleanup);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.events.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, callback: (event: Event) => unknown): void {
		el.addEventListener(type, callback);
		this.register(() => el.removeEventListener(type, callback));
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}
