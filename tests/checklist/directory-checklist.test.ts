// Obsidian's community directory checklist, point by point, on the real plugin in the fake app
// and on the built main.js. CONTRIBUTING.md's checklist table points at each test here (and at the
// ESLint rules that cover the same points while the code is written).
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, resolve } from "path";
import { App, setLanguage } from "../__mocks__/obsidian";
import LearningLogPlugin from "../../src/main";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import { englishMessages, type MessageKey } from "../../src/i18n/messages";
import type { App as ObsidianApp, PluginManifest } from "obsidian";

const root = resolve(__dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const manifest = JSON.parse(read("manifest.json")) as PluginManifest & { description: string; author: string; isDesktopOnly: boolean };

type FakePlugin = { commands: Array<{ id: string; name: string; hotkeys?: unknown }>; settingTabs: Array<{ display(): void; containerEl: HTMLElement }> };

async function loadPlugin(language: "en" | "ko") {
	setLanguage(language);
	const app = new App();
	const plugin = new LearningLogPlugin(app as unknown as ObsidianApp, manifest);
	await plugin.onload();
	return plugin as unknown as FakePlugin;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(join(root, dir)).flatMap((name) => {
		const path = join(dir, name);
		return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
	});
}
/** The code that runs inside Obsidian: everything but the command line and its Node adapters. */
const pluginSources = sourceFiles("src").filter((path) => !/^src\/(cli|node)\/|^src\/cli\.ts$/.test(path));

afterEach(() => setLanguage("en"));

describe("manifest", () => {
	test("description: at most 250 characters, ends with a period, does not say Obsidian", () => {
		expect(manifest.description.length).toBeLessThanOrEqual(250);
		expect(manifest.description).toMatch(/\.$/);
		expect(manifest.description).not.toMatch(/obsidian/i);
	});

	test("id and name are the directory's kind: no 'obsidian', no 'plugin'; the same version as package.json", () => {
		expect(manifest.id).toMatch(/^[a-z0-9-]+$/);
		expect(`${manifest.id} ${manifest.name}`).not.toMatch(/obsidian|plugin/i);
		expect(manifest.version).toBe(JSON.parse(read("package.json")).version);
		expect(manifest.isDesktopOnly).toBe(false);
	});
});

describe.each(["en", "ko"] as const)("commands in %s", (language) => {
	test("are named without the plugin's name (Obsidian shows it in front) and without 'command'", async () => {
		const plugin = await loadPlugin(language);
		expect(plugin.commands.length).toBeGreaterThan(5);
		for (const { id, name } of plugin.commands) {
			expect([id, name]).not.toEqual([id, expect.stringMatching(/learning ?log|학습 ?기록|command|명령/i)]);
			expect([id]).not.toEqual([expect.stringMatching(/learning-log|command/)]);
		}
	});

	test("come with no default hotkeys", async () => {
		const plugin = await loadPlugin(language);
		for (const command of plugin.commands) expect([command.id, command.hotkeys]).toEqual([command.id, undefined]);
	});
});

describe("settings tab", () => {
	test.each(["en", "ko"] as const)("in %s: headings are settings made with setHeading, none says 'settings', no HTML heading, no top heading", async (language) => {
		const plugin = await loadPlugin(language);
		const tab = plugin.settingTabs[0];
		tab.display();
		const container = tab.containerEl;
		expect(container.querySelectorAll("h1, h2, h3, h4, h5, h6")).toHaveLength(0);
		const headings = [...container.querySelectorAll(".setting-item-heading")].map((el) => el.querySelector(".setting-item-name")?.textContent ?? "");
		expect(headings.length).toBeGreaterThanOrEqual(4);
		for (const heading of headings) expect(heading).not.toMatch(/settings|options|설정/i);
		// The first item is a section, not a title repeating the plugin's name.
		expect(container.querySelector(".setting-item")?.classList.contains("setting-item-heading")).toBe(true);
	});
});

describe("sentence case", () => {
	// Names and acronyms keep their capitals; everything else is lower case after a sentence's first word.
	const PROPER = new Set(
		"Learning Log GitHub Jekyll Obsidian Pages Actions Liquid Kramdown MathJax Minimal Mistakes Chirpy HTML API URL YAML ISO Korean English Hangul Latin Day Week OK MD Enterprise Server Contents Metadata shields.io Markdown Classic Unicode UTF-8".split(" "),
	);
	// Names of several words: Obsidian's core plugins and the community plugins a vault may use.
	const NAMES = /Learning Log|Daily notes|Periodic Notes|Templates|Templater/g;
	const MONTHS_AND_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Sun|Mon|Tue|Wed|Thu|Fri|Sat|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

	test.each(Object.keys(englishMessages) as MessageKey[])("%s", (key) => {
		const text = englishMessages[key]
			.replace(NAMES, " ")
			.replace(/\{\{[^}]*\}\}|\{[^{}]*\}|`[^`]*`|"[^"]*"|“[^”]*”|\([^)]*\)|\[[^\]]*\]/g, " ") // placeholders, code, quotes, asides
			.replace(/\{[^{}]*\{[^{}]*\}[^{}]*\}/g, " ");
		// Capitals are fine at the start of a sentence (and after a colon starting a new clause in a label).
		const words = text.split(/\s+/).filter(Boolean);
		const wrong = words.filter((word, index) => {
			const bare = word.replace(/^[^\p{L}]+|[^\p{L}\d.-]+$/gu, "").replace(/\.$/, "").replace(/'s$/, "");
			if (!/^\p{Lu}/u.test(bare) || index === 0 || /[\\/]/.test(word)) return false;
			if (/[.!?:…→]$/.test(words[index - 1])) return false;
			return !PROPER.has(bare) && !MONTHS_AND_DAYS.test(bare) && !/^[A-Z0-9.-]+$/.test(bare) && !/^[A-Z][a-z]*[A-Z]/.test(bare) && !/^Day\d+$/.test(bare);
		});
		expect([key, wrong]).toEqual([key, []]);
	});
});

describe("code that runs in Obsidian", () => {
	const built = () => read("main.js");

	test("main.js is built (npm test builds it first)", () => {
		expect(existsSync(join(root, "main.js"))).toBe(true);
	});

	test("no innerHTML, outerHTML or insertAdjacentHTML, in the sources or the bundle", () => {
		for (const path of pluginSources) expect([path, read(path)]).not.toEqual([path, expect.stringMatching(/\.(innerHTML|outerHTML|insertAdjacentHTML)\b/)]);
		expect(built()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
	});

	test("no console.log: only console.warn, console.error and console.debug", () => {
		for (const path of pluginSources) expect([path, read(path)]).not.toEqual([path, expect.stringMatching(/console\.(log|info)\(/)]);
		expect(built()).not.toMatch(/console\.(log|info)\(/);
	});

	test("the network goes through requestUrl: no fetch, XMLHttpRequest or WebSocket", () => {
		for (const path of pluginSources) expect([path, read(path)]).not.toEqual([path, expect.stringMatching(/\bfetch\(|XMLHttpRequest|WebSocket/)]);
		expect(built()).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket/);
	});

	test("undocumented API appears only where it is guarded and said so", () => {
		// Each cast of an Obsidian object to a shape the API does not declare must sit in a file that
		// says why it is undocumented, and be reached with optional chaining so a change in Obsidian
		// turns the feature off instead of breaking it.
		const casts = pluginSources.flatMap((path) =>
			read(path)
				.split("\n")
				.map((line, index) => ({ path, line: index + 1, text: line }))
				.filter(({ text }) => /\b(app|workspace|vault|plugin)\b[\w.]*\s+as\s+(unknown\s+as|any)\b/.test(text) || /:\s*any\b/.test(text)),
		);
		for (const cast of casts) {
			expect([cast.path, cast.line, /\?\./.test(cast.text)]).toEqual([cast.path, cast.line, true]);
			expect([cast.path, /not in the public API|undocumented/i.test(read(cast.path))]).toEqual([cast.path, true]);
		}
	});

	test("user paths reach the vault through normalizePath: doubled or edge slashes, backslashes, decomposed Hangul", async () => {
		const app = new App();
		const store = new VaultNoteStore(app as unknown as ObsidianApp);
		const decomposed = "daily//학습/노트.md/".normalize("NFD");
		await store.create(decomposed, "body");
		expect(app.vault.getFileByPath("daily/학습/노트.md")).not.toBeNull();
		expect(await store.read("/daily\\학습\\노트.md")).toBe("body");
		expect((await store.stat("daily/학습//노트.md".normalize("NFD")))?.path).toBe("daily/학습/노트.md");
	});

	test("the token lives in secret storage: the settings keep only the secret's name", async () => {
		const plugin = (await loadPlugin("en")) as unknown as LearningLogPlugin & { savedData: unknown };
		plugin.app.secretStorage.setSecret(plugin.settings.github.tokenSecretName, "fake-token-checklist000000000000000000");
		plugin.settings.github.repository = "octo/blog";
		await plugin.saveSettings();
		expect(JSON.stringify(plugin.savedData)).not.toContain("fake-token-checklist");
		expect(JSON.stringify(plugin.savedData)).toContain(plugin.settings.github.tokenSecretName);
	});
});

describe("repository", () => {
	test("LICENSE is the MIT licence package.json names", () => {
		expect(read("LICENSE")).toMatch(/^MIT License/);
		expect(JSON.parse(read("package.json")).license).toBe("MIT");
	});

	test("the README says what goes over the network, to which hosts, and which hosts the code can reach", () => {
		const readme = read("README.md");
		const section = readme.split(/^## /m).find((part) => /^Privacy and network use/.test(part));
		expect(section).toBeDefined();
		// Every fixed address the plugin's code can send to is named there.
		const code = (path: string) =>
			read(path)
				.split("\n")
				.filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
				.join("\n");
		const hosts = new Set(pluginSources.flatMap((path) => [...code(path).matchAll(/https:\/\/([a-z0-9.-]+\.[a-z]{2,})/g)].map((match) => match[1])));
		expect(hosts.size).toBeGreaterThan(0);
		for (const host of hosts) expect([host, section!.includes(host)]).toEqual([host, true]);
		expect(section).toMatch(/token/i);
		expect(section).toMatch(/requestUrl/);
	});
});
