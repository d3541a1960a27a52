import * as fs from "fs";
import * as path from "path";
import { convertVault, type ConvertVaultResult, type VaultNote } from "../../../src/publish/convert/convert-vault";
import { DEFAULT_PUBLISH_SETTINGS, type PublishSettings } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";
import { MATH_INCLUDE_PATHS } from "../../../src/publish/site/site-math";

export const GOLDEN_ROOT = path.join(__dirname, "../../fixtures/convert");

/**
 * A golden case is a folder: `input.md` (the note under test), `expected.md` (its post, front
 * matter included), optionally `vault/` (the other files of the vault, all published unless listed
 * in `case.json` `unpublished`), `_config.yml` (the site's), `case.json` (`notePath`, `ctime`, `settings`,
 * `unpublished`), `site/` (the site's includes that configure math) and `report.json` (the post's
 * path, URL and warnings).
 */
export interface GoldenCase {
	name: string;
	dir: string;
	notePath: string;
	result: ConvertVaultResult;
}

interface CaseOptions {
	notePath?: string;
	/** When the note under test was created (ISO 8601), if not at CASE_TIME. */
	ctime?: string;
	settings?: Partial<PublishSettings>;
	unpublished?: string[];
}

// 2021-08-10 21:00 in Seoul: every note of a case was created and last changed then.
export const CASE_TIME = Date.UTC(2021, 7, 10, 12, 0, 0);

function listFiles(root: string, prefix = ""): string[] {
	if (!fs.existsSync(root)) return [];
	return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		return entry.isDirectory() ? listFiles(path.join(root, entry.name), relative) : [relative];
	});
}

export function caseNames(): string[] {
	return fs.readdirSync(GOLDEN_ROOT).filter((name) => fs.existsSync(path.join(GOLDEN_ROOT, name, "input.md"))).sort();
}

/** Overrides for building many cases into one site (each in its own posts and assets folder). */
export interface CaseOverrides {
	settings?: Partial<PublishSettings>;
	config?: string;
}

export function hasOwnSiteConfig(name: string): boolean {
	return fs.existsSync(path.join(GOLDEN_ROOT, name, "_config.yml"));
}

export function runGoldenCase(name: string, overrides: CaseOverrides = {}): GoldenCase {
	const dir = path.join(GOLDEN_ROOT, name);
	const optionsFile = path.join(dir, "case.json");
	const options = (fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, "utf8")) : {}) as CaseOptions;
	const notePath = options.notePath ?? "Test note.md";
	const vaultFiles = listFiles(path.join(dir, "vault"));
	const read = (file: string): string => fs.readFileSync(path.join(dir, "vault", file), "utf8");
	const notes: VaultNote[] = [
		{ path: notePath, text: fs.readFileSync(path.join(dir, "input.md"), "utf8"), ctime: options.ctime ? Date.parse(options.ctime) : CASE_TIME, mtime: CASE_TIME },
		...vaultFiles.filter((file) => file.endsWith(".md")).map((file) => ({ path: file, text: read(file), ctime: CASE_TIME, mtime: CASE_TIME })),
	];
	const unpublished = new Set(options.unpublished ?? []);
	const settings = { ...DEFAULT_PUBLISH_SETTINGS, ...options.settings, ...overrides.settings };
	const configFile = path.join(dir, "_config.yml");
	const includes = MATH_INCLUDE_PATHS.map((file) => path.join(dir, "site", file))
		.filter((file) => fs.existsSync(file))
		.map((file) => fs.readFileSync(file, "utf8"));
	const result = convertVault({
		notes,
		attachments: vaultFiles.filter((file) => !file.endsWith(".md")),
		publishedPaths: new Set(notes.map((note) => note.path).filter((notePath) => !unpublished.has(notePath))),
		settings,
		site: parseSiteConfig(overrides.config ?? (fs.existsSync(configFile) ? fs.readFileSync(configFile, "utf8") : null), settings, includes),
	});
	return { name, dir, notePath, result };
}
