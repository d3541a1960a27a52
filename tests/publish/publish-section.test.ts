import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, setLanguage, ValueComponent } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { renderPublishSettings } from "../../src/settings/sections/publish-section";
import { DEFAULT_PUBLISH_SETTINGS } from "../../src/publish/publish-settings";

async function render(language = "en") {
	setLanguage(language);
	const app = new App();
	const plugin = new LearningLogPlugin(app as never, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4", author: "", description: "" });
	await plugin.onload();
	const container = document.createElement("div");
	renderPublishSettings(container, plugin, () => undefined);
	const rows = [...container.querySelectorAll(".setting-item")];
	const find = (name: string) => {
		const row = rows.find((el) => el.querySelector(".setting-item-name")?.textContent === name);
		if (!row) throw new Error(`No setting named ${name}`);
		return row;
	};
	return { plugin, container, rows, find };
}

interface Control {
	inputEl: HTMLElement;
	simulateChange(value: unknown): void;
}

// Every value component the section creates, caught where they all register onChange.
const controls: Control[] = [];
const valueComponent = ValueComponent.prototype as unknown as { onChange: (this: Control, handler: unknown) => unknown };
const originalOnChange = valueComponent.onChange;
valueComponent.onChange = function (this: Control, handler: unknown) {
	controls.push(this);
	return originalOnChange.call(this, handler);
};

function change(row: Element, value: string | boolean): void {
	const control = controls.find((candidate) => row.contains(candidate.inputEl));
	if (!control) throw new Error("No control in this row");
	control.simulateChange(value);
}

const settle = async () => {
	for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

// A real folder on disk: the site folder is checked against the file system as it is typed.
let site: string;
beforeAll(() => (site = mkdtempSync(join(tmpdir(), "learning-log-site-"))));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("publishing settings", () => {
	test("has a heading and one row for every publishing option, in sentence case", async () => {
		const { rows } = await render();
		const names = rows.map((row) => row.querySelector(".setting-item-name")?.textContent ?? "");
		expect(names[0]).toBe("Publishing");
		expect(rows.length - 1).toBe(Object.keys(DEFAULT_PUBLISH_SETTINGS).length);
		for (const name of names) expect(name.slice(1)).toBe(name.slice(1).toLowerCase());
	});

	test("every change is stored in the settings and saved", async () => {
		const { plugin, find } = await render();
		const saves = jest.spyOn(plugin, "saveSettings");
		change(find("Site folder"), ` ${site} `);
		change(find("Published folders"), "blog\n\n/notes/public/\n");
		change(find("Posts folder"), "_posts/til");
		change(find("Images folder"), "assets/images/");
		change(find("Subfolder per category"), true);
		change(find("Post address"), "ascii");
		change(find("Callout style"), "chirpy");
		change(find("Math"), "keep");
		change(find("Links to unpublished notes"), "text");
		change(find("Site builder"), "github-pages-classic");
		change(find("Private front matter keys"), "publish\nsecret\n");
		change(find("Ask before marking a note"), false);
		await settle();
		expect(plugin.settings.publish).toEqual({
			siteFolder: site,
			publishedFolders: ["blog", "notes/public"],
			postsFolder: "_posts/til",
			assetsFolder: "assets/images",
			subfolderPerCategory: true,
			slugMode: "ascii",
			calloutStyle: "chirpy",
			mathMode: "keep",
			unpublishedLinks: "text",
			builder: "github-pages-classic",
			privateKeys: ["publish", "secret"],
			confirmMarking: false,
		});
		expect(saves).toHaveBeenCalledTimes(12);
	});

	test("a blank posts folder keeps the previous one, and an unknown choice is ignored", async () => {
		const { plugin, find } = await render();
		change(find("Posts folder"), "  ");
		change(find("Math"), "latex");
		expect(plugin.settings.publish.postsFolder).toBe("_posts");
		expect(plugin.settings.publish.mathMode).toBe("site");
	});

	test("the site folder must be an existing folder given in full; posts and images stay inside the site", async () => {
		const { plugin, find } = await render();
		const message = (name: string) => find(name).querySelector(".learning-log-error")?.textContent;
		writeFileSync(join(site, "notes.txt"), "");
		for (const [typed, expected] of [
			["blog", "Use a full path"],
			[join(site, "missing"), "No folder at"],
			[join(site, "notes.txt"), "is a file, not a folder"],
		]) {
			change(find("Site folder"), typed);
			await settle();
			expect(message("Site folder")).toContain(expected);
		}
		expect(plugin.settings.publish.siteFolder).toBe("");
		change(find("Site folder"), site);
		await settle();
		expect([message("Site folder"), plugin.settings.publish.siteFolder]).toEqual(["", site]);

		change(find("Posts folder"), "../_posts");
		change(find("Images folder"), "/var/www/img");
		await settle();
		expect(message("Posts folder")).toBe("../_posts must be a folder inside the site, such as _posts.");
		expect(message("Images folder")).toContain("must be a folder inside the site");
		expect([plugin.settings.publish.postsFolder, plugin.settings.publish.assetsFolder]).toEqual(["_posts", "assets/img"]);
	});

	test("shows Korean when Obsidian speaks Korean", async () => {
		const { rows } = await render("ko");
		expect(rows[0].textContent).toContain("게시");
		expect(rows.map((row) => row.textContent).join(" ")).toContain("사이트 폴더");
		setLanguage("en");
	});
});
