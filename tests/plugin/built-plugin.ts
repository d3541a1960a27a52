// The built main.js as Obsidian loads it, in the fake app: the bundle is run as CommonJS with a
// `require` that knows only `obsidian` (so a Node module on its path would fail here as on mobile).
import { existsSync, readFileSync } from "fs";
// Node's own, which jest's fake timers leave alone: it lets real socket answers arrive.
import { setTimeout as realTimeout } from "timers";
import * as obsidian from "../__mocks__/obsidian";
import { Notice, type App, type Command, type PluginManifest } from "../__mocks__/obsidian";

export const MAIN_JS = `${__dirname}/../../main.js`;
export const MANIFEST: PluginManifest = { id: "learning-log", name: "Learning Log", version: "0.1.0", minAppVersion: "1.11.4" };

/** What the tests reach of the built plugin: the fake Plugin's helpers and the settings it loaded. */
export interface BuiltPlugin {
	load(): void;
	onload(): Promise<void>;
	unload(): void;
	settings: { github: Record<string, string>; daily: Record<string, unknown> };
	commands: Command[];
	settingTabs: Array<{ containerEl: HTMLElement; display(): void }>;
	ribbonIcons: HTMLElement[];
	statusBarItems: HTMLElement[];
	runCommand(id: string): boolean;
}

export function loadBuiltPlugin(): new (app: App, manifest: PluginManifest) => BuiltPlugin {
	if (!existsSync(MAIN_JS)) throw new Error("main.js is missing: run `npm test`, which builds it first.");
	const module = { exports: {} as Record<string, unknown> };
	const onlyObsidian = (name: string): unknown => {
		if (name === "obsidian") return obsidian;
		throw new Error(`Cannot find module '${name}'`);
	};
	new Function("module", "exports", "require", readFileSync(MAIN_JS, "utf8"))(module, module.exports, onlyObsidian);
	return (module.exports.default ?? module.exports) as new (app: App, manifest: PluginManifest) => BuiltPlugin;
}

/**
 * Waits for something the plugin does over real sockets (answered on the real event loop) while
 * its own timers run on jest's fake clock, moved on a little between looks.
 */
export async function until(condition: () => boolean, what: string): Promise<void> {
	for (let turn = 0; turn < 4000 && !condition(); turn++) {
		await new Promise((resolve) => realTimeout(resolve, 2));
		if (turn % 25 === 24) await jest.advanceTimersByTimeAsync(2_500);
	}
	if (!condition()) throw new Error(`${what} never happened; notices: ${Notice.shown.join(" | ")}`);
}

const platform = obsidian.Platform as unknown as Record<string, boolean>;
const desktopPlatform = { ...platform };

/** The fake app as on a phone (Platform's flags), or back as on the desktop. */
export function actAs(device: "desktop" | "mobile"): void {
	Object.assign(platform, device === "mobile" ? { isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true, isPhone: true, isLinux: false } : desktopPlatform);
}

/** What a journey on the built plugin changes in the shared fake, put back between tests. */
export function resetFakeApp(): void {
	jest.useRealTimers();
	obsidian.setRequestTransport(null);
	obsidian.setLanguage("en");
	actAs("desktop");
	document.body.replaceChildren();
}
