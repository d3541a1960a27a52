export interface EventRef {
	events: Events;
	name: string;
	callback: (...args: unknown[]) => unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { events: this, name, callback: callback as EventRef["callback"] };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: (...args: never[]) => unknown): void {
		this.handlers.set(name, (this.handlers.get(name) ?? []).filter((ref) => ref.callback !== callback));
	}

	offref(ref: EventRef): void {
		this.handlers.set(ref.name, (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.callback(...data);
	}

	/** Test helper: how many handlers listen to an event (to check that unloading cleans up). */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}
