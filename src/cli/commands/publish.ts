import { promises as fs } from "fs";
import * as nodePath from "path";
import { convertVault } from "../../publish/convert/convert-vault";
import type { ConvertVaultInput, ConvertVaultResult } from "../../publish/convert/convert-types";
import { readManifest } from "../../publish/plan/manifest";
import type { PostStatus } from "../../publish/plan/build-plan";
import { runPublish } from "../../publish/publish-pipeline";
import { siteChangedDespiteFailure, describeFailure, describeKept, describeNoteError, localizeReport, summarizeReport, warningDescriber } from "../../publish/report-messages";
import { foldersOverlap } from "../../publish/site-overlap";
import { createTranslator, pickLanguage } from "../../i18n/translator";
import { FolderTarget } from "../../publish/targets/folder-target";
import { syncSiteDisk } from "../../node/node-site-disk";
import { folderSiteKey } from "../../publish/site-key";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { optionalString, rejectUnknownOptions, requireOption } from "../parse-args";
import { openVault, reloadPluginData } from "../vault-context";
import { GitHubError } from "../../publish/targets/github/github-errors";
import { describeGitHubError } from "../../publish/targets/github/describe-github-error";
import { cliGitHubProgress, createGitHubTargetFromCli, GITHUB_CLI_OPTIONS, GITHUB_CLI_USAGE } from "./github-target-from-cli";
import type { FollowClock } from "../../publish/pages/follow-pages-build";
import { NODE_CLOCK, waitForPages } from "./wait-for-pages";

const OPTIONS = ["vault", "out", "all", "report", "dry-run", "force", "wait", ...GITHUB_CLI_OPTIONS];

/** The dry run's first column stays English, for scripts. */
const DRY_RUN_STATUS: Record<PostStatus, string> = { new: "new", changed: "changed", unchanged: "unchanged", "edited-outside": "changed (edited outside)" };

/** Both folders with symlinks resolved; a missing one stays as given (it is reported later). */
async function realFolder(path: string): Promise<string> {
	return fs.realpath(path).catch(() => nodePath.resolve(path));
}

/**
 * `learning-log publish --vault <dir> --out <siteDir> [--all] [--report <file.json>] [--dry-run]`.
 * Without `--all` it publishes what the plugin's "Publish all notes" publishes (notes marked
 * `publish: true` or in published folders); `--all` publishes every note that does not say
 * `publish: false`, except the day template. Exit 0: done (warnings allowed); 1: some note failed,
 * the others were written, or nothing could be written; 2: usage; 3 (`--wait`): committed, but
 * GitHub Pages failed to build the site.
 */
export function createPublishCommand(convert: (input: ConvertVaultInput) => ConvertVaultResult, clock: FollowClock = NODE_CLOCK): CliCommand {
	return {
		usage: `--vault <dir> (--out <siteDir> | ${GITHUB_CLI_USAGE} [--wait]) [--all] [--report <file.json>] [--dry-run] [--force]`,
		booleanFlags: ["all", "dry-run", "force", "wait"],
		async run(args, io) {
			rejectUnknownOptions(args, OPTIONS);
			if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
			const vaultRoot = requireOption(args, "vault");
			const toGitHub = args.options.github !== undefined;
			if (toGitHub && args.options.out !== undefined) throw new UsageError("--out and --github cannot be combined");
			const wait = args.options.wait === true;
			if (wait && !toGitHub) throw new UsageError("--wait follows the GitHub Pages build: it needs --github");
			const out = toGitHub ? "" : nodePath.resolve(requireOption(args, "out"));
			const reportPath = optionalString(args, "report");
			const dryRun = args.options["dry-run"] === true;
			// Before anything is read: a site folder in the vault (or the vault in it) destroys notes.
			if (!toGitHub) {
				const [site, vault] = await Promise.all([realFolder(out), realFolder(vaultRoot)]);
				if (foldersOverlap(site, vault)) {
					const t = createTranslator(pickLanguage(io.env.LEARNING_LOG_LANG ?? io.env.LANG));
					throw new UsageError(t("publish.error.overlaps-vault", { path: site }));
				}
			}
			const context = await openVault(vaultRoot, io.env);
			const { t } = context;
			const readFrom = context.data.publishManifest;
			const { manifest, problem } = readManifest(readFrom);
			if (problem === "invalid") io.stderr.write(`${t("publish.manifestInvalid")}\n`);
			const invalidKeys = context.data.invalidKeys;
			if (invalidKeys.length > 0) io.stderr.write(`${t("common.settingsInvalid", { keys: invalidKeys.join(", ") })}\n`);
			// GitHub (token from GITHUB_TOKEN) or a folder; the pipeline is the same.
			let github;
			try {
				github = createGitHubTargetFromCli(args, io.env, context.data.settings.github);
			} catch (error) {
				if (!(error instanceof GitHubError)) throw error;
				io.stderr.write(`${t("publish.failed", { message: describeGitHubError(error, t) })}\n`);
				return EXIT_FAILED;
			}
			const folder = github ? null : new FolderTarget(out, () => Promise.resolve(syncSiteDisk()));
			const target = github?.target ?? folder!;
			const templatePath = context.data.settings.daily.templatePath;
			let outcome;
			try {
				const siteKey = github?.siteKey ?? folderSiteKey(await folder!.resolvedRoot());
				const githubProgress = github ? cliGitHubProgress(io.stderr, t) : undefined;
				outcome = await runPublish({
					store: context.store,
					target,
					siteKey,
					settings: context.data.settings.publish,
					topics: context.data.settings.team,
					manifest,
					scope: { kind: "all" },
					everyNote: args.options.all === true,
					excluded: templatePath ? [templatePath] : [],
					dryRun,
					force: args.options.force === true,
					now: () => io.now().getTime(),
					convert,
					message: github ? github.message.trim() || t("github.commitMessage.default") : undefined,
					// Read again once the site is locked, and saved before it is released: a second run into
					// the same site never plans against a record the first one is about to replace.
					reloadManifest: async () => {
						const fresh = await reloadPluginData(context);
						return fresh.publishManifest === readFrom ? manifest : readManifest(fresh.publishManifest).manifest;
					},
					saveManifest: dryRun
						? undefined
						: async (saved) => {
								context.data.publishManifest = saved;
								await context.save();
							},
					onProgress: githubProgress && ((phase, done, total) => (phase === "upload" || phase === "commit") && githubProgress(done, total, phase)),
				});
			} catch (error) {
				if (siteChangedDespiteFailure(error)) {
					io.stderr.write(`${describeFailure(t, error)}\n`);
					return EXIT_FAILED;
				}
				const message = error instanceof GitHubError ? describeGitHubError(error, t) : describeFailure(t, error);
				io.stderr.write(`${t("publish.failed", { message })}\n`);
				return EXIT_FAILED;
			}
			const { report } = outcome;
			const warningText = warningDescriber(t);
			// One write for the listing: a line per post and warning, thousands of them on a large vault.
			const listing: string[] = [];
			const written = new Set(report.written);
			for (const note of report.notes) {
				const kept = note.status === "edited-outside" && !written.has(note.output);
				listing.push(`${dryRun ? DRY_RUN_STATUS[note.status] : kept ? "kept" : "ok"}\t${note.output}\t${note.url}\n`);
				for (const warning of note.warnings) listing.push(`  warning\t${note.source}: ${warningText(warning)}\n`);
			}
			for (const path of report.deleted) listing.push(`${dryRun ? "would delete" : "deleted"}\t${path}\n`);
			for (const kept of report.kept) listing.push(`kept\t${kept.path}\t${describeKept(t, kept)}\n`);
			if (listing.length > 0) io.stdout.write(listing.join(""));
			if (report.errors.length > 0) io.stderr.write(report.errors.map((error) => `error\t${error.source}: ${describeNoteError(t, error)}\n`).join(""));
			if (!dryRun) io.stdout.write(`${summarizeReport(t, report).join("\n")}\n`);
			if (!dryRun && report.commitUrl) io.stdout.write(`commit\t${report.commitUrl}\n`);
			if (report.notes.length === 0 && report.errors.length === 0) io.stdout.write(`${t("publish.nothingSelected")}\n`);
			if (reportPath) {
				await fs.writeFile(reportPath, `${JSON.stringify(localizeReport(t, report, warningText), null, 2)}\n`, "utf8");
			}
			const code = report.errors.length > 0 ? EXIT_FAILED : EXIT_OK;
			if (!wait || dryRun || !github) return code;
			return (await waitForPages(io, t, { pagesGet: github.pagesGet, commitSha: report.commitSha, commitUrl: report.commitUrl }, clock)) ?? code;
		},
	};
}

export const publishCommand = createPublishCommand(convertVault);
