/**
 * Loads the built main.js the way the desktop app does (CommonJS, a `require` that knows `obsidian`
 * and Node's modules) and publishes into a real folder: the lazy `fs` import must be a `require`
 * the host can serve, not a native `import()`, which Obsidian's renderer cannot load.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as obsidian from "../__mocks__/obsidian";
import { App, Notice } from "../__mocks__/obsidian";

const mainJsPath = `${__dirname}/../../main.js`;

test("the desktop bundle publishes to a folder through require('fs')", async () => {
	if (!existsSync(mainJsPath)) throw new Error("main.js is missing: run `npm test`, which builds it first.");
	const requested: string[] = [];
	const desktopRequire = (name: string): unknown => {
		requested.push(name);
		if (name === "obsidian") return obsidian;
		if (name === "fs" || name === "path") return jest.requireActual(name);
		throw new Error(`Cannot find module '${name}'`);
	};
	const module = { exports: {} as Record<string, unknown> };
	new Function("module", "exports", "require", readFileSync(mainJsPath, "utf8"))(module, module.exports, desktopRequire);
	const PluginClass = (module.exports.default ?? module.exports) as new (app: App, manifest: object) => {
		onload(): Promise<void>;
		settings: { publish: { siteFolder: string } };
	};
	const app = new App();
	await app.vault.create("notes/Hello.md", "---\npublish: true\ndate: 2021-08-10\ntitle: Hello\n---\n안녕하세요\n");
	const plugin = new PluginClass(app, { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" });
	await plugin.onload();
	expect([...new Set(requested)]).toEqual(["obsidian"]);
	const site = mkdtempSync(join(tmpdir(), "ll-desktop-bundle-"));
	plugin.settings.publish.siteFolder = site;
	Notice.shown.length = 0;
	expect((plugin as unknown as obsidian.Plugin).runCommand("publish-all-notes")).toBe(true);
	for (let i = 0; i < 400 && !Notice.shown.some((text) => /^Published|failed/.test(text)); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	expect(Notice.shown.filter((text) => /failed/i.test(text))).toEqual([]);
	expect(readdirSync(join(site, "_posts"))).toEqual(["2021-08-10-hello.md"]);
	expect([...new Set(requested)].sort()).toEqual(["fs", "obsidian", "path"]);
});
