import { Events } from "./events";
import { Workspace } from "./workspace";
import { MetadataCache } from "./metadata-cache";
import { TFile, Vault } from "./vault";
import yaml from "js-yaml";

export class FileManager {
	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {}

	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		await this.vault.process(file, (text) => {
			const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
			const data = match ? ((yaml.load(match[1]) as Record<string, unknown> | null) ?? {}) : {};
			fn(data);
			const block = `---\n${yaml.dump(data)}---\n`;
			return match ? block + text.slice(match[0].length) : block + text;
		});
	}

	trashFile(file: TFile): Promise<void> {
		return this.vault.trash(file);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
		const text = this.metadataCache.fileToLinktext(file, sourcePath, true);
		return `[[${text}${subpath}${alias ? `|${alias}` : ""}]]`;
	}
}

export class SecretStorage extends Events {
	private secrets = new Map<string, string>();
	setSecret(id: string, secret: string): void {
		if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`Invalid secret id: ${id}`);
		this.secrets.set(id, secret);
	}
	getSecret(id: string): string | null {
		return this.secrets.get(id) ?? null;
	}
	listSecrets(): string[] {
		return [...this.secrets.keys()];
	}
}

export class App {
	vault = new Vault();
	metadataCache = new MetadataCache(this.vault);
	fileManager = new FileManager(this.vault, this.metadataCache);
	secretStorage = new SecretStorage();
	workspace: Workspace = new Workspace(this);
}
