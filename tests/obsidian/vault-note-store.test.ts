import { App } from "../__mocks__/obsidian";
import { FileExistsError } from "../../src/core/note-store";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import type { App as ObsidianApp } from "obsidian";

describe("VaultNoteStore.create never overwrites", () => {
	test("an existing file is a FileExistsError", async () => {
		const app = new App();
		await app.vault.create("daily/2021-08-13.md", "mine");
		const store = new VaultNoteStore(app as unknown as ObsidianApp);
		await expect(store.create("daily/2021-08-13.md", "new")).rejects.toBeInstanceOf(FileExistsError);
		expect(await store.read("daily/2021-08-13.md")).toBe("mine");
	});

	test("a file created by someone else between the check and the write is a FileExistsError too", async () => {
		const app = new App();
		const store = new VaultNoteStore(app as unknown as ObsidianApp);
		const create = app.vault.create.bind(app.vault);
		app.vault.create = async (path: string, data: string) => {
			await create(path, "synced"); // arrives first
			return create(path, data); // Obsidian: "File already exists."
		};
		await expect(store.create("daily/2021-08-13.md", "new")).rejects.toBeInstanceOf(FileExistsError);
		expect(await store.read("daily/2021-08-13.md")).toBe("synced");
	});

	test("other errors pass through", async () => {
		const app = new App();
		const store = new VaultNoteStore(app as unknown as ObsidianApp);
		app.vault.create = () => Promise.reject(new Error("read-only"));
		await expect(store.create("a.md", "x")).rejects.toThrow("read-only");
	});
});
