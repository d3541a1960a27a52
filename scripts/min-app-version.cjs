// Derives the lowest Obsidian version that has every API the plugin uses: each name in src/ that
// resolves to a declaration in obsidian.d.ts carries a `@since` tag there; the highest one wins.
// `node scripts/min-app-version.cjs` prints it with the APIs that need it; `--check` fails when
// manifest.json's minAppVersion (or its versions.json entry) differs.
const { readFileSync } = require("fs");
const { join, resolve } = require("path");
const ts = require("typescript");

/** Compares dotted versions numerically ("1.10.0" > "1.9.9"). */
function compareVersions(a, b) {
	const left = a.split(".").map(Number);
	const right = b.split(".").map(Number);
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const difference = (left[i] ?? 0) - (right[i] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

function sinceTagOf(declaration) {
	for (const tag of ts.getJSDocTags(declaration)) {
		if (tag.tagName.text !== "since") continue;
		const text = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
		const match = /\d+(?:\.\d+)+/.exec(text ?? "");
		if (match) return match[0];
	}
	return undefined;
}

/** A member without its own tag (e.g. a constructor) is as old as the class that holds it. */
function sinceOf(declaration) {
	for (let node = declaration; node; node = node.parent) {
		const since = sinceTagOf(node);
		if (since) return since;
		if (ts.isSourceFile(node)) return undefined;
	}
	return undefined;
}

function qualifiedName(declaration, symbolName) {
	const owner = declaration.parent;
	const ownerName = owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) ? owner.name?.text : undefined;
	return ownerName ? `${ownerName}.${symbolName}` : symbolName;
}

/** Every API of obsidian.d.ts that the plugin's sources touch, with its `@since` version. */
function obsidianApisUsed(projectDir) {
	const configPath = join(projectDir, "tsconfig.json");
	const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
	const sources = config.fileNames.filter((file) => file.startsWith(join(projectDir, "src") + "/"));
	const program = ts.createProgram(sources, config.options);
	const checker = program.getTypeChecker();
	const apis = new Map();
	const visit = (node) => {
		if (ts.isIdentifier(node)) {
			let symbol = checker.getSymbolAtLocation(node);
			if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
			for (const declaration of symbol?.declarations ?? []) {
				if (!declaration.getSourceFile().fileName.endsWith("obsidian/obsidian.d.ts")) continue;
				const name = qualifiedName(declaration, symbol.name);
				const since = sinceOf(declaration) ?? "0.0.0";
				const known = apis.get(name);
				if (!known || compareVersions(since, known) > 0) apis.set(name, since);
			}
		}
		ts.forEachChild(node, visit);
	};
	for (const file of sources) visit(program.getSourceFile(file));
	return [...apis].map(([name, since]) => ({ name, since })).sort((a, b) => compareVersions(b.since, a.since) || a.name.localeCompare(b.name));
}

/** The highest `@since` among the APIs used, and the APIs that carry it. */
function minimumAppVersion(projectDir) {
	const apis = obsidianApisUsed(projectDir);
	const version = apis[0]?.since ?? "0.0.0";
	return { version, apis: apis.filter((api) => api.since === version).map((api) => api.name), all: apis };
}

module.exports = { compareVersions, obsidianApisUsed, minimumAppVersion };

if (require.main === module) {
	const projectDir = resolve(__dirname, "..");
	const { version, apis } = minimumAppVersion(projectDir);
	console.log(`${version}\t${apis.join(", ")}`);
	if (process.argv.includes("--check")) {
		const manifest = JSON.parse(readFileSync(join(projectDir, "manifest.json"), "utf8"));
		const versions = JSON.parse(readFileSync(join(projectDir, "versions.json"), "utf8"));
		if (manifest.minAppVersion !== version || versions[manifest.version] !== version) {
			console.error(`minAppVersion should be ${version}: manifest.json says ${manifest.minAppVersion}, versions.json says ${versions[manifest.version]} for ${manifest.version}.`);
			process.exit(1);
		}
	}
}
