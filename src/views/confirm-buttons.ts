import { Setting, type Modal } from "obsidian";

/**
 * The row a confirming modal ends with: Cancel closes it, the confirming button (the call to
 * action) records the choice and then closes it.
 */
export function addConfirmButtons(modal: Modal, parent: HTMLElement, labels: { cancel: string; confirm: string }, onConfirm: () => void): void {
	new Setting(parent)
		.addButton((button) => button.setButtonText(labels.cancel).onClick(() => modal.close()))
		.addButton((button) =>
			button
				.setButtonText(labels.confirm)
				.setCta()
				.onClick(() => {
					onConfirm();
					modal.close();
				}),
		);
}
