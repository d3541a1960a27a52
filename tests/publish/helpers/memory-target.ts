import { gitBlobHash } from "../../../src/publish/targets/git-blob-hash";
import type { ApplyResult, PublishChanges, PublishSession, PublishTarget, SiteSurvey } from "../../../src/publish/targets/publish-target";

const decoder = new TextDecoder();

/** A site in memory: records every apply, skips identical files like the real targets. */
export class MemoryTarget implements PublishTarget {
	readonly kind = "folder" as const;
	readonly files = new Map<string, string>();
	/** The bytes as written, for blob ids. */
	readonly raw = new Map<string, string | Uint8Array>();
	applies: PublishChanges[] = [];
	failNextApply = false;

	constructor(files: Record<string, string> = {}) {
		for (const [path, text] of Object.entries(files)) this.files.set(path, text);
	}

	begin(): Promise<PublishSession> {
		return Promise.resolve({ finish: () => Promise.resolve() });
	}

	survey(folders: readonly string[]): Promise<SiteSurvey> {
		const existing = new Set([...this.files.keys()].filter((path) => folders.some((folder) => path.startsWith(`${folder}/`))));
		return Promise.resolve({
			existing,
			blobOf: (path: string) => (this.files.has(path) ? gitBlobHash(this.raw.get(path) ?? this.files.get(path)!) : Promise.resolve(null)),
			interrupted: new Map<string, string>(),
		});
	}

	readText(path: string): Promise<string | null> {
		return Promise.resolve(this.files.get(path) ?? null);
	}

	apply(changes: PublishChanges): Promise<ApplyResult> {
		this.applies.push(changes);
		if (this.failNextApply) {
			this.failNextApply = false;
			return Promise.reject(new Error("disk full"));
		}
		const result: ApplyResult = { written: [], deleted: [], unchanged: [] };
		for (const file of changes.write) {
			const text = typeof file.content === "string" ? file.content : decoder.decode(file.content);
			if (this.files.get(file.path) === text) result.unchanged.push(file.path);
			else {
				this.files.set(file.path, text);
				this.raw.set(file.path, file.content);
				result.written.push(file.path);
			}
		}
		for (const path of changes.delete) {
			this.raw.delete(path);
			if (this.files.delete(path)) result.deleted.push(path);
		}
		return Promise.resolve(result);
	}
}
