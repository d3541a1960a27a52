import type { App } from "./app";

/**
 * Obsidian's suggestion popover under a text input (API 1.4.10). As in the app, typing (an
 * `input` event) asks getSuggestions for the current text and renders up to `limit` of them;
 * clicking one calls selectSuggestion, whose default hands the value to the onSelect callback.
 * The popover is an element in the document while open, as in the app: `.suggestion-container`.
 */
export abstract class AbstractInputSuggest<T> {
	limit = 100;
	private suggestEl: HTMLElement = createDiv({ cls: "suggestion-container" });
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(
		public app: App,
		protected textInputEl: HTMLInputElement | HTMLDivElement,
	) {
		textInputEl.addEventListener("input", () => {
			const suggestions = this.getSuggestions(this.getValue());
			if (suggestions instanceof Promise) void suggestions.then((values) => this.show(values));
			else this.show(suggestions);
		});
	}

	private show(all: T[]): void {
		const values = all.slice(0, this.limit);
		this.suggestEl.replaceChildren();
		for (const value of values) {
			const item = this.suggestEl.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(value, item);
			item.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
		}
		if (values.length > 0) this.open();
		else this.close();
	}

	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}

	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.selectCallback?.(value, evt);
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback = callback;
		return this;
	}

	open(): void {
		document.body.appendChild(this.suggestEl);
	}

	close(): void {
		this.suggestEl.remove();
	}
}
