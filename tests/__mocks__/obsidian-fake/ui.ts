import type { App } from "./app";

export class Notice {
	/** Every notice shown, in order: tests read what the user was told. */
	static shown: string[] = [];
	messageEl: HTMLElement;
	constructor(message: string | DocumentFragment, _duration?: number) {
		this.messageEl = document.createElement("div");
		this.setMessage(message);
	}
	setMessage(message: string | DocumentFragment): this {
		const text = typeof message === "string" ? message : (message.textContent ?? "");
		this.messageEl.textContent = text;
		Notice.shown.push(text);
		return this;
	}
	hide(): void {}
}

export class Modal {
	containerEl = document.createElement("div");
	modalEl = document.createElement("div");
	titleEl = document.createElement("div");
	contentEl = document.createElement("div");
	isOpen = false;
	constructor(public app: App) {
		this.modalEl.append(this.titleEl, this.contentEl);
		this.containerEl.appendChild(this.modalEl);
	}
	open(): void {
		this.isOpen = true;
		document.body.appendChild(this.containerEl);
		void this.onOpen();
	}
	close(): void {
		this.isOpen = false;
		this.containerEl.remove();
		this.onClose();
	}
	onOpen(): void | Promise<void> {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.replaceChildren(content);
		return this;
	}
}

export abstract class ValueComponent<T> {
	protected handlers: Array<(value: T) => unknown> = [];
	abstract inputEl: HTMLElement;
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(handler: (value: T) => unknown): this {
		this.handlers.push(handler);
		return this;
	}
	/** Test helper: the user changes the value. */
	simulateChange(value: T): void {
		this.setValue(value);
		this.changed(value);
	}
	protected changed(value: T): void {
		this.handlers.forEach((handler) => handler(value));
	}
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	constructor(public inputEl: T) {
		super();
		// As in Obsidian, typing in the field (or choosing a suggestion) is a change.
		this.inputEl.addEventListener("input", () => this.changed(this.getValue()));
	}
	/** Test helper: the user types a value (fires `input`, as typing does). */
	override simulateChange(value: string): void {
		this.setValue(value);
		this.inputEl.dispatchEvent(new Event("input"));
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	inputEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("input", { type: "checkbox" });
	}
	getValue(): boolean {
		return this.inputEl.checked;
	}
	setValue(value: boolean): this {
		this.inputEl.checked = value;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	inputEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("select");
	}
	addOption(value: string, display: string): this {
		this.inputEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		Object.entries(options).forEach(([value, display]) => this.addOption(value, display));
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(text: string): this {
		this.buttonEl.textContent = text;
		return this;
	}
	setCta(): this {
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return this;
	}
	onClick(handler: (event: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (event) => handler(event));
		return this;
	}
}

export class SecretComponent extends TextComponent {
	constructor(_app: App, containerEl: HTMLElement) {
		super(containerEl);
	}
}

export class Setting {
	settingEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: unknown[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.nameEl = this.settingEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.settingEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.replaceChildren(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.replaceChildren(desc);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	private add<T>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addComponent<T>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}
}

export class PluginSettingTab {
	containerEl = document.createElement("div");
	constructor(
		public app: App,
		public plugin: unknown,
	) {}
	display(): void {}
	hide(): void {}
}

export class MenuItem {
	title = "";
	icon = "";
	handler: ((event: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string): this {
		this.icon = icon;
		return this;
	}
	setSection(_section: string): this {
		return this;
	}
	onClick(handler: (event: MouseEvent | KeyboardEvent) => unknown): this {
		this.handler = handler;
		return this;
	}
}

export class Menu {
	/** The last menu shown, so a test can read its items and click one. */
	static lastShown: Menu | null = null;
	items: MenuItem[] = [];
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(_event: MouseEvent): this {
		Menu.lastShown = this;
		return this;
	}
	showAtPosition(_position: { x: number; y: number }): this {
		Menu.lastShown = this;
		return this;
	}
}
