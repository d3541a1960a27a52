import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

/** Every file under `root` (path relative to it, `/`-separated) → its bytes in base64: a whole folder to compare. */
export function filesUnder(root: string, skip: (path: string) => boolean = () => false): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const key = relative(root, path).split("\\").join("/");
			if (skip(key)) continue;
			if (statSync(path).isDirectory()) walk(path);
			else files.set(key, readFileSync(path).toString("base64"));
		}
	};
	walk(root);
	return files;
}
