/**
 * @jest-environment node
 */
// The pretest step: every missing tool is named, root on Debian installs it, anyone else is told
// the exact command and the tests do not start.
import { spawnSync } from "child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, loaded as Node runs it
const { requirements, decide, machineProbe } = require("../../scripts/check-test-tools.cjs");

type Requirement = { name: string; package: string };
const root = resolve(__dirname, "../..");
const byPackage = (...names: string[]) => requirements.filter((requirement: Requirement) => names.includes(requirement.package));

describe("decide", () => {
	test("nothing to do when nothing is missing", () => {
		expect(decide({ missing: [], isRoot: false, isDebian: true })).toEqual({ action: "ready" });
	});

	test("root on Debian installs exactly the missing packages", () => {
		expect(decide({ missing: byPackage("jekyll", "faketime"), isRoot: true, isDebian: true })).toEqual({ action: "install", packages: ["jekyll", "faketime"] });
	});

	test("anyone else stops with the one command to run, naming what is missing", () => {
		const stop = decide({ missing: byPackage("chromium", "fonts-noto-cjk"), isRoot: false, isDebian: true });
		expect(stop.action).toBe("stop");
		expect(stop.message).toContain("The tests need Chromium, a Korean font.");
		expect(stop.message).toContain("  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk\n");
		const elsewhere = decide({ missing: byPackage("faketime"), isRoot: true, isDebian: false });
		expect(elsewhere.action).toBe("stop");
		expect(elsewhere.message).toContain("(Debian/Ubuntu packages: faketime)");
	});

	test("checks every tool the end-to-end tests and the shifted-clock pass run", () => {
		expect(requirements.map((requirement: Requirement) => requirement.package)).toEqual(["git", "jekyll", "jekyll-theme-minima", "ruby-html-proofer", "chromium", "fontconfig", "fonts-noto-cjk", "faketime"]);
	});
});

describe("on a machine", () => {
	let bin: string;
	beforeAll(() => {
		bin = mkdtempSync(join(tmpdir(), "learning-log-tools-"));
		mkdirSync(join(bin, "empty"));
		const script = (name: string, body: string) => {
			writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
			chmodSync(join(bin, name), 0o755);
		};
		script("jekyll", "exit 0");
		script("fc-list", 'echo "Noto Sans CJK KR"');
		script("dpkg-query", 'if [ "$3" = jekyll-theme-minima ]; then printf "install ok installed"; else exit 1; fi');
	});
	afterAll(() => rmSync(bin, { recursive: true, force: true }));

	test("the probe finds commands on PATH, installed packages and a Korean font", () => {
		const probe = machineProbe({ PATH: bin });
		expect(probe.onPath("jekyll")).toBe(true);
		expect(probe.onPath("faketime")).toBe(false);
		expect(probe.debianPackage("jekyll-theme-minima")).toBe(true);
		expect(probe.debianPackage("chromium")).toBe(false);
		expect(probe.koreanFont()).toBe(true);
		const bare = machineProbe({ PATH: join(bin, "empty") });
		expect(bare.koreanFont()).toBe(false);
		expect(bare.debianPackage("jekyll-theme-minima")).toBe(false);
	});

	test("a user without the tools gets the command and a failing exit, before any test runs", () => {
		// Run as an unprivileged user so that even under root nothing gets installed here.
		const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
		const run = spawnSync(process.execPath, [join(root, "scripts/check-test-tools.cjs")], { env: { PATH: join(bin, "empty") }, encoding: "utf8", ...asUser });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/The tests need git, Jekyll, the Minima theme, html-proofer, (Chromium, )?fontconfig, a Korean font, faketime/);
		expect(run.stderr).toMatch(/apt-get install -y --no-install-recommends git jekyll jekyll-theme-minima ruby-html-proofer (chromium )?fontconfig fonts-noto-cjk faketime\n/);
	});
});
