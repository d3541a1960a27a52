import { UsageError } from "../../src/cli/cli-io";
import { cliGitHubProgress, createGitHubTargetFromCli } from "../../src/cli/commands/github-target-from-cli";
import { parseArgs } from "../../src/cli/parse-args";
import { createTranslator } from "../../src/i18n/translator";
import { DEFAULT_GITHUB_SETTINGS } from "../../src/publish/targets/github-settings";
import type { HttpRequest, HttpResponse } from "../../src/publish/targets/http-transport";

const TOKEN = "fake-token-cliTokenNeverPrinted0000000000000005";
const args = (...argv: string[]) => parseArgs(["publish", ...argv], new Set(["all", "dry-run"]));

function recording() {
	const sent: HttpRequest[] = [];
	const transport = async (request: HttpRequest): Promise<HttpResponse> => {
		sent.push(request);
		return { status: 404, headers: {}, body: new TextEncoder().encode('{"message":"Not Found"}') };
	};
	return { sent, transport };
}

describe("createGitHubTargetFromCli", () => {
	test("is null without --github, and refuses GitHub-only flags alone", () => {
		expect(createGitHubTargetFromCli(args("--vault", "v", "--out", "site"), {})).toBeNull();
		expect(() => createGitHubTargetFromCli(args("--vault", "v", "--branch", "gh-pages"), {})).toThrow(UsageError);
	});

	test("needs GITHUB_TOKEN, and says so without any token in sight", () => {
		expect(() => createGitHubTargetFromCli(args("--github", "octo/blog"), {})).toThrow("GITHUB_TOKEN is not set");
		expect(() => createGitHubTargetFromCli(args("--github", "octo/blog"), { GITHUB_TOKEN: "  " })).toThrow(UsageError);
	});

	test("a blank API address in the settings means github.com, in the requests and in the manifest key alike", async () => {
		const blank = recording();
		const settings = { ...DEFAULT_GITHUB_SETTINGS, branch: "main", apiBaseUrl: "  " };
		const viaBlank = createGitHubTargetFromCli(args("--github", "octo/blog"), { GITHUB_TOKEN: TOKEN }, settings, blank.transport)!;
		const viaDefault = createGitHubTargetFromCli(args("--github", "octo/blog"), { GITHUB_TOKEN: TOKEN }, { ...settings, apiBaseUrl: "https://api.github.com" }, recording().transport)!;
		expect(viaBlank.siteKey).toBe("github:api.github.com/octo/blog#main");
		expect(viaBlank.siteKey).toBe(viaDefault.siteKey);
		await viaBlank.target.readText("_config.yml");
		expect(blank.sent[0].url).toBe("https://api.github.com/repos/octo/blog/contents/_config.yml?ref=main");
	});

	test("flags win over GitHub Actions' GITHUB_API_URL; the vault's settings need confirming", async () => {
		const settings = { ...DEFAULT_GITHUB_SETTINGS, branch: "main", apiBaseUrl: "https://settings.example", commitMessageTemplate: "Blog: {{written}}" };
		const fromFlags = recording();
		const viaFlags = createGitHubTargetFromCli(args("--github", "octo/blog", "--branch", "gh-pages", "--api-url", "https://ghe.example/api/v3"), { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: "https://actions.example" }, settings, fromFlags.transport)!;
		expect(viaFlags).toMatchObject({ repository: "octo/blog", branch: "gh-pages", message: "Blog: {{written}}", siteKey: "github:ghe.example/octo/blog#gh-pages" });
		await viaFlags.target.readText("_config.yml");
		expect(fromFlags.sent[0].url).toBe("https://ghe.example/api/v3/repos/octo/blog/contents/_config.yml?ref=gh-pages");
		expect(fromFlags.sent[0].headers.authorization).toBe(`Bearer ${TOKEN}`);

		// The token never goes to an address that only the synced settings name.
		const fromSettings = recording();
		expect(() => createGitHubTargetFromCli(args("--github", "octo/blog"), { GITHUB_TOKEN: TOKEN }, settings, fromSettings.transport)).toThrow(
			"add --api-url https://settings.example",
		);
		expect(fromSettings.sent).toEqual([]);
		const confirmed = recording();
		const viaConfirmed = createGitHubTargetFromCli(args("--github", "octo/blog", "--api-url", "https://settings.example"), { GITHUB_TOKEN: TOKEN }, settings, confirmed.transport)!;
		await viaConfirmed.target.readText("_config.yml");
		expect(new URL(confirmed.sent[0].url).host).toBe("settings.example");

		const fromEnv = recording();
		const viaEnv = createGitHubTargetFromCli(args("--github", "octo/blog"), { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: "https://actions.example" }, settings, fromEnv.transport)!;
		await viaEnv.target.readText("_config.yml");
		expect(new URL(fromEnv.sent[0].url).host).toBe("actions.example");
		expect(viaEnv.branch).toBe("main");
	});

	test("a malformed repository or API address is a clear error", () => {
		expect(() => createGitHubTargetFromCli(args("--github", "octo"), { GITHUB_TOKEN: TOKEN })).toThrow("owner/name");
		expect(() => createGitHubTargetFromCli(args("--github", "octo/blog", "--api-url", "http://evil.example"), { GITHUB_TOKEN: TOKEN })).toThrow("https");
	});
});

test("progress goes to stderr in the user's language", () => {
	const lines: string[] = [];
	const progress = cliGitHubProgress({ write: (text: string) => lines.push(text) }, createTranslator("ko"));
	progress(0, 2, "upload");
	progress(1, 2, "upload");
	progress(0, 1, "commit");
	progress(1, 1, "commit");
	expect(lines).toEqual(["이미지 2개 중 1개 업로드 중…\n", "커밋 만드는 중…\n"]);
});
