// Runs inside Chromium for the screenshots of the settings tab and of the publish button: the BUILT
// main.js with the test fake of `obsidian`, its requests answered by the local GitHub test server
// (through `githubRequest`, which the Node script exposes to the page). The page's clock starts at
// the example vault's "today" and moves only when a wait of a second or more is skipped.
import * as obsidian from "../../tests/__mocks__/obsidian";
import { loadPlugin, settle, type LoadOptions } from "./load-plugin";

interface WireRequest {
	url: string;
	method?: string;
	contentType?: string;
	headers?: Record<string, string>;
	body?: string | { base64: string };
}
interface WireResponse {
	status: number;
	headers: Record<string, string>;
	text: string;
	base64: string;
}
declare global {
	interface Window {
		githubRequest(request: WireRequest): Promise<WireResponse>;
	}
}

export interface PublishOptions extends LoadOptions {
	github: { repository: string; branch: string; apiBaseUrl: string; token: string };
}

const toBase64 = (bytes: Uint8Array): string => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

function requestsThroughNode(): void {
	obsidian.setRequestTransport(async (param) => {
		const raw = param.body;
		const body = raw === undefined || typeof raw === "string" ? raw : { base64: toBase64(new Uint8Array(raw)) };
		const wire = await window.githubRequest({ url: param.url, method: param.method, contentType: param.contentType, headers: param.headers, body });
		const bytes = fromBase64(wire.base64);
		let json: unknown = null;
		try {
			json = JSON.parse(wire.text);
		} catch {
			// not JSON: callers read text or bytes
		}
		return { status: wire.status, headers: wire.headers, arrayBuffer: bytes.buffer as ArrayBuffer, json, text: wire.text };
	});
}

/** Waits of a second or more (the build follower's polling) pass at once; the clock jumps ahead. */
function skipLongWaits(start: number): void {
	let now = start;
	Date.now = () => now;
	const realSetTimeout = window.setTimeout.bind(window);
	window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
		if (typeof delay === "number" && delay >= 1000) {
			return realSetTimeout(() => {
				now += delay;
				if (typeof handler === "function") (handler as (...a: unknown[]) => void)(...args);
			}, 5);
		}
		return realSetTimeout(handler, delay, ...args);
	}) as typeof window.setTimeout;
}

/** Obsidian stacks notices at the top right and removes them when hidden; the fake only records them. */
class ShownNotice extends obsidian.Notice {
	override setMessage(message: string | DocumentFragment): this {
		super.setMessage(message);
		if (typeof message !== "string") this.messageEl.replaceChildren(message);
		this.messageEl.addClass("notice");
		if (!this.messageEl.isConnected) document.querySelector(".notice-container")!.appendChild(this.messageEl);
		return this;
	}
	override hide(): void {
		this.messageEl.remove();
	}
}

async function until(condition: () => boolean, what: string): Promise<void> {
	for (let turn = 0; turn < 1500 && !condition(); turn++) await new Promise((resolve) => setTimeout(resolve, 20));
	if (!condition()) throw new Error(`${what} never happened; notices: ${obsidian.Notice.shown.join(" | ")}`);
}

async function withGitHub(options: PublishOptions) {
	requestsThroughNode();
	const loaded = await loadPlugin(options, { Notice: ShownNotice });
	const { repository, branch, apiBaseUrl, token } = options.github;
	Object.assign(loaded.plugin.settings.github, { repository, branch, apiBaseUrl });
	loaded.app.secretStorage.setSecret(String(loaded.plugin.settings.github.tokenSecretName), token);
	return loaded;
}

/** The settings tab, with "Test connection" pressed; returns where the GitHub section is drawn. */
async function renderSettingsTab(options: PublishOptions): Promise<{ headings: string[]; result: string; clip: { x: number; y: number; width: number; height: number } }> {
	const { plugin } = await withGitHub(options);
	const tab = plugin.settingTabs[0];
	tab.display();
	document.querySelector(".vertical-tab-content")!.appendChild(tab.containerEl);
	const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading")];
	const github = headings.find((el) => el.textContent === "GitHub")!;
	const test = [...github.parentElement!.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".learning-log-github-test-result"))!;
	test.querySelector("button")!.click();
	const resultEl = test.querySelector(".learning-log-github-test-result")!;
	await until(() => /token/i.test(resultEl.textContent ?? "") || /토큰/.test(resultEl.textContent ?? ""), "the connection test");
	document.querySelector(".notice-container")!.replaceChildren();
	await settle();
	const top = github.getBoundingClientRect().top - 12;
	const bottom = test.getBoundingClientRect().bottom + 12;
	const frame = document.querySelector(".vertical-tab-content")!.getBoundingClientRect();
	return {
		headings: headings.map((el) => el.textContent ?? ""),
		result: resultEl.textContent ?? "",
		clip: { x: frame.left, y: Math.max(0, top), width: frame.width, height: bottom - top },
	};
}

/** Opens a day note, clicks the ribbon's publish button and waits for the notice that the post is live. */
async function publishUntilLive(options: PublishOptions & { open: string; buttonLabel: string; liveText: string }): Promise<{ notices: string[]; status: string[] }> {
	const { app, plugin } = await withGitHub(options);
	skipLongWaits(options.now);
	plugin.runCommand("open-view");
	await settle();
	const file = app.vault.getAbstractFileByPath(options.open) as obsidian.TFile;
	await app.workspace.getLeaf().openFile(file);
	await settle();

	document.querySelector(".ribbon")!.append(...plugin.ribbonIcons);
	document.querySelector(".status-bar")!.append(...plugin.statusBarItems);
	const view = app.workspace.getLeavesOfType("learning-log-view")[0].view as obsidian.ItemView;
	view.containerEl.addClass("view-container");
	const sidebar = document.querySelector(".sidebar")!;
	sidebar.createDiv({ cls: "view-header", text: view.getDisplayText() });
	sidebar.appendChild(view.containerEl);
	document.querySelector(".note-title")!.setText(file.basename);

	const button = plugin.ribbonIcons.find((el) => el.getAttribute("aria-label") === options.buttonLabel)!;
	button.click();
	await until(() => obsidian.Notice.shown.some((text) => text.startsWith(options.liveText)), "the live notice");
	document.querySelector(".note-body")!.setText(await app.vault.read(file));
	view.containerEl.querySelector(".learning-log-scroll")!.dispatchEvent(new Event("scroll"));
	await settle();
	return { notices: [...obsidian.Notice.shown], status: plugin.statusBarItems.map((el) => el.textContent ?? "") };
}

Object.assign(window, { renderSettingsTab, publishUntilLive });
