import yaml from "js-yaml";

export { default as moment } from "moment";

let language = "en";
/** Test helper: the language Obsidian reports. */
export function setLanguage(code: string): void {
	language = code;
}
export function getLanguage(): string {
	return language;
}

/** Obsidian's normalizePath: forward slashes, no duplicate or leading/trailing slashes, NFC. */
export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.replace(/\u00A0|\u202F/g, " ")
		.normalize("NFC");
	return cleaned === "" ? "/" : cleaned;
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

export interface RequestUrlParam {
	url: string;
	method?: string;
	contentType?: string;
	body?: string | ArrayBuffer;
	headers?: Record<string, string>;
	throw?: boolean;
}
export interface RequestUrlResponse {
	status: number;
	headers: Record<string, string>;
	arrayBuffer: ArrayBuffer;
	json: unknown;
	text: string;
}
type Transport = (request: RequestUrlParam) => Promise<RequestUrlResponse>;
let transport: Transport | null = null;
/** Test helper: requests go nowhere unless a test provides a transport. */
export function setRequestTransport(next: Transport | null): void {
	transport = next;
}
export async function requestUrl(request: RequestUrlParam | string): Promise<RequestUrlResponse> {
	const param = typeof request === "string" ? { url: request } : request;
	if (!transport) throw new Error(`requestUrl called without a test transport: ${param.url}`);
	const response = await transport(param);
	if (response.status >= 400 && param.throw !== false) {
		throw Object.assign(new Error(`Request failed, status ${response.status}`), { status: response.status });
	}
	return response;
}

export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, _resetTimer?: boolean) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastArgs: T | null = null;
	const debounced = (...args: T) => {
		lastArgs = args;
		clearTimeout(timer);
		timer = setTimeout(() => {
			lastArgs = null;
			cb(...args);
		}, timeout);
		return debounced;
	};
	debounced.cancel = () => {
		clearTimeout(timer);
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => {
		clearTimeout(timer);
		if (lastArgs) cb(...lastArgs);
		lastArgs = null;
	};
	return debounced;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.setAttribute("data-icon", iconId);
}

export function parseYaml(text: string): unknown {
	return yaml.load(text);
}
export function stringifyYaml(value: unknown): string {
	return yaml.dump(value);
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const index = linktext.search(/[#^]/);
	return index === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, index), subpath: linktext.slice(index) };
}

export function getAllTags(cache: { tags?: { tag: string }[]; frontmatter?: Record<string, unknown> }): string[] | null {
	const fromBody = (cache.tags ?? []).map((t) => t.tag);
	const raw = cache.frontmatter?.tags;
	const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,\s]+/) : [];
	const fromFrontMatter = list.filter(Boolean).map((t) => (String(t).startsWith("#") ? String(t) : `#${String(t)}`));
	const all = [...fromFrontMatter, ...fromBody];
	return all.length ? all : null;
}

export function getFrontMatterInfo(content: string) {
	const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(content);
	if (!match) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = content.indexOf("\n") + 1;
	return { exists: true, frontmatter: match[1], from, to: from + match[1].length, contentStart: match[0].length };
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
	return btoa(String.fromCharCode(...new Uint8Array(buffer)));
}
