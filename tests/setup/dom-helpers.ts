// Obsidian adds these helpers to every DOM node; jsdom does not have them.
interface DomElementInfo {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	value?: string;
	type?: string;
	href?: string;
	placeholder?: string;
}

function applyInfo(el: HTMLElement, info?: DomElementInfo | string): void {
	if (!info) return;
	if (typeof info === "string") {
		el.className = info;
		return;
	}
	if (info.cls) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(" ")).filter(Boolean));
	if (info.text !== undefined) el.textContent = info.text;
	if (info.title !== undefined) el.title = info.title;
	for (const key of ["value", "type", "href", "placeholder"] as const) {
		if (info[key] !== undefined) el.setAttribute(key, info[key]!);
	}
	if ("value" in info && info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	for (const [name, value] of Object.entries(info.attr ?? {})) {
		if (value === null || value === false) el.removeAttribute(name);
		else el.setAttribute(name, String(value));
	}
}

function createElement<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	info?: DomElementInfo | string,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	applyInfo(el, info);
	callback?.(el);
	return el;
}

// Tests under `@jest-environment node` (disks, child processes) have no DOM: install nothing there.
const hasDom = typeof Node !== "undefined";
const proto = (hasDom ? Node.prototype : {}) as unknown as Record<string, unknown>;
Object.assign(proto, {
	createEl(this: Node, tag: keyof HTMLElementTagNameMap, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		const el = createElement(tag, info, cb);
		this.appendChild(el);
		return el;
	},
	createDiv(this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return (this as unknown as { createEl: typeof createElement }).createEl("div", info, cb as never);
	},
	createSpan(this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return (this as unknown as { createEl: typeof createElement }).createEl("span", info, cb as never);
	},
	empty(this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	},
	appendText(this: Node, text: string) {
		this.appendChild(document.createTextNode(text));
	},
	detach(this: Node) {
		this.parentNode?.removeChild(this);
	},
	instanceOf(this: Node, type: new () => unknown) {
		return this instanceof type;
	},
});
Object.assign((hasDom ? HTMLElement.prototype : {}) as unknown as Record<string, unknown>, {
	setText(this: HTMLElement, text: string) {
		this.textContent = text;
	},
	getText(this: HTMLElement) {
		return this.textContent ?? "";
	},
	addClass(this: HTMLElement, ...classes: string[]) {
		this.classList.add(...classes);
	},
	addClasses(this: HTMLElement, classes: string[]) {
		this.classList.add(...classes);
	},
	removeClass(this: HTMLElement, ...classes: string[]) {
		this.classList.remove(...classes);
	},
	toggleClass(this: HTMLElement, cls: string, value: boolean) {
		this.classList.toggle(cls, value);
	},
	hasClass(this: HTMLElement, cls: string) {
		return this.classList.contains(cls);
	},
	setAttr(this: HTMLElement, name: string, value: string | number | boolean | null) {
		if (value === null || value === false) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	},
	setAttrs(this: HTMLElement, attrs: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(attrs)) (this as unknown as { setAttr: (n: string, v: unknown) => void }).setAttr(name, value);
	},
	find(this: HTMLElement, selector: string) {
		return this.querySelector(selector);
	},
	findAll(this: HTMLElement, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	},
	setCssProps(this: HTMLElement, props: Record<string, string>) {
		for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
	},
	onClickEvent(this: HTMLElement, listener: (event: MouseEvent) => unknown) {
		this.addEventListener("click", listener);
	},
});

const globals = (hasDom ? window : {}) as unknown as Record<string, unknown>;
globals.createEl = createElement;
globals.createDiv = (info?: DomElementInfo | string) => createElement("div", info);
globals.createSpan = (info?: DomElementInfo | string) => createElement("span", info);
globals.createFragment = (cb?: (fragment: DocumentFragment) => void) => {
	const fragment = document.createDocumentFragment();
	cb?.(fragment);
	return fragment;
};
if (hasDom) {
	globals.activeDocument = document;
	globals.activeWindow = window;
}
