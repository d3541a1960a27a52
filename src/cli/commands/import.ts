import { promises as fs } from "fs";
import * as nodePath from "path";
import { folderBlogSource, gitHubBlogSource, type BlogSource } from "../../import/blog-source";
import { runImport } from "../../import/run-import";
import { readManifest } from "../../publish/plan/manifest";
import { folderSiteKey } from "../../publish/site-key";
import { siteDiskFromNode } from "../../publish/targets/site-disk";
import { describeGitHubError } from "../../publish/targets/github/describe-github-error";
import { GitHubError } from "../../publish/targets/github/github-errors";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { optionalString, rejectUnknownOptions, requireOption } from "../parse-args";
import { openVault } from "../vault-context";
import { createGitHubTargetFromCli, GITHUB_CLI_OPTIONS, GITHUB_CLI_USAGE } from "./github-target-from-cli";

const OPTIONS = ["vault", "site", "folder", "dry-run", ...GITHUB_CLI_OPTIONS];
const DEFAULT_FOLDER = "blog";

async function folderSource(site: string): Promise<{ source: BlogSource; siteKey: string }> {
	const stat = await fs.stat(site).catch(() => null);
	if (!stat?.isDirectory()) throw new UsageError(`site folder not found: ${site}`);
	const root = await fs.realpath(site);
	const disk = {
		...siteDiskFromNode(fs, nodePath),
		reader: {
			readdir: async (path: string) => (await fs.readdir(path, { withFileTypes: true })).map((entry) => ({ name: entry.name, folder: entry.isDirectory() })),
		},
	};
	return { source: folderBlogSource(disk, root), siteKey: folderSiteKey(root) };
}

/**
 * `learning-log import --vault <dir> (--site <dir> | --github owner/repo …) [--folder blog] [--dry-run]`:
 * one note per post of the blog, recorded as the post's author so the next publish writes nothing.
 * Exit 0: done; 1: some post could not be imported (the others were); 2: usage.
 */
export const importCommand: CliCommand = {
	usage: `--vault <dir> (--site <dir> | ${GITHUB_CLI_USAGE}) [--folder <vault folder>] [--dry-run]`,
	booleanFlags: ["dry-run"],
	async run(args, io) {
		rejectUnknownOptions(args, OPTIONS);
		if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
		const vaultRoot = requireOption(args, "vault");
		const toGitHub = args.options.github !== undefined;
		if (toGitHub === (args.options.site !== undefined)) throw new UsageError("give either --site or --github");
		const folder = (optionalString(args, "folder") ?? DEFAULT_FOLDER).replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
		if (folder.split("/").some((part) => part === ".." || part.startsWith("."))) throw new UsageError(`--folder must be a folder inside the vault: ${folder}`);
		const dryRun = args.options["dry-run"] === true;
		const context = await openVault(vaultRoot, io.env);
		const { t } = context;
		const { manifest, problem } = readManifest(context.data.publishManifest);
		if (problem === "invalid") io.stderr.write(`${t("publish.manifestInvalid")}\n`);
		let outcome;
		try {
			const github = createGitHubTargetFromCli(args, io.env, context.data.settings.github);
			const { source, siteKey } = github
				? { source: gitHubBlogSource(github.api, github.branch), siteKey: github.siteKey }
				: await folderSource(nodePath.resolve(requireOption(args, "site")));
			outcome = await runImport({ source, store: context.store, folder, settings: context.data.settings.publish, manifest, siteKey, dryRun });
		} catch (error) {
			if (error instanceof UsageError) throw error;
			const message = error instanceof GitHubError ? describeGitHubError(error, t) : error instanceof Error ? error.message : String(error);
			io.stderr.write(`${t("import.failed", { message })}\n`);
			return EXIT_FAILED;
		}
		if (!dryRun) {
			context.data.publishManifest = outcome.manifest;
			await context.save();
		}
		const label = { create: dryRun ? t("import.cli.wouldCreate") : t("import.cli.created"), link: t("import.cli.link"), already: t("import.cli.already"), conflict: t("import.cli.conflict") };
		for (const post of outcome.posts) {
			io.stdout.write(`${label[post.action]}\t${post.post}\t${post.note}\n`);
			if (post.action === "create") for (const kept of post.kept) io.stdout.write(`  ${t("import.cli.kept")}\t${kept.kind}\t${kept.excerpt}\n`);
		}
		const { counts } = outcome;
		const lines = [
			t("import.count.create", { count: counts.create }),
			t("import.count.link", { count: counts.link }),
			t("import.count.already", { count: counts.already }),
			t("import.count.conflict", { count: counts.conflict }),
			t("import.count.attachments", { count: counts.attachments }),
			t("import.count.callouts", { count: counts.callouts }),
			t("import.count.kept", { count: counts.kept }),
			t("import.count.skipped", { count: counts.skipped }),
		];
		io.stdout.write(`${lines.join("\n")}\n`);
		for (const failure of outcome.failures) io.stderr.write(`${t("import.noteFailed", failure)}\n`);
		return outcome.failures.length > 0 ? EXIT_FAILED : EXIT_OK;
	},
};
