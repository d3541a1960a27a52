/**
 * dist/cli.js (built by `npm test`) starts without loading anything front matter does not need:
 * js-yaml 3's full schema used to pull in `esprima` for `!!js/function`.
 */
import { spawnSync } from "child_process";

const cliPath = `${__dirname}/../../dist/cli.js`;

test("starting the CLI loads no esprima and no js-yaml module from disk", () => {
	const script = `
		const Module = require("module");
		const loaded = [];
		const original = Module._load;
		Module._load = function (request, ...rest) { loaded.push(request); return original.call(this, request, ...rest); };
		process.argv = [process.argv[0], ${JSON.stringify(cliPath)}, "--help"];
		process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(loaded) + String.fromCharCode(10)));
		require(${JSON.stringify(cliPath)});
	`;
	const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
	const line = result.stderr.split("\n").find((text) => text.startsWith("LOADED "));
	const loaded = JSON.parse(line!.slice("LOADED ".length)) as string[];
	expect(loaded.filter((name) => /esprima|js-yaml|gray-matter/.test(name))).toEqual([]);
	expect(loaded.length).toBeGreaterThan(0);
});
