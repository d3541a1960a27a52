import type { ConvertVaultInput, ConvertVaultResult, PostOutput } from "../../../src/publish/convert/convert-types";

/**
 * A deliberately small stand-in for the converter, so the pipeline's own rules (selection, plan,
 * manifest, errors) can be tested apart from conversion: a post per published note named after the
 * note, `![[file]]` embeds of existing attachments become assets, a note containing BROKEN fails,
 * a link to an unpublished note becomes a warning.
 */
export function tinyConvert(input: ConvertVaultInput): ConvertVaultResult {
	const posts: PostOutput[] = [];
	const assets = new Map<string, string>();
	const errors = [];
	for (const note of input.notes) {
		if (!input.publishedPaths.has(note.path)) continue;
		if (note.text.includes("BROKEN")) {
			errors.push({ source: note.path, code: "broken", message: "cannot convert" });
			continue;
		}
		const name = note.path.replace(/^.*\//, "").replace(/\.md$/, "");
		const date = /date: (\d{4}-\d{2}-\d{2})/.exec(note.text)?.[1] ?? "2021-08-10";
		let content = note.text;
		for (const match of note.text.matchAll(/!\[\[([^\]]+)\]\]/g)) {
			const source = input.attachments.find((a) => a.endsWith(`/${match[1]}`) || a === match[1]);
			if (source) {
				const path = `${input.settings.assetsFolder}/${match[1]}`;
				assets.set(path, source);
				content = content.replace(match[0], `![](${input.site.baseurl}/${path})`);
			}
		}
		const warnings = [...note.text.matchAll(/(?<!!)\[\[([^\]|#]+)\]\]/g)]
			.filter((match) => ![...input.publishedPaths].some((p) => p.endsWith(`${match[1]}.md`)))
			.map((match) => ({ code: "unpublishedLink", params: { target: match[1] } }));
		posts.push({ source: note.path, path: `${input.settings.postsFolder}/${date}-${name}.md`, url: `${input.site.baseurl}/${name}/`, content, warnings });
	}
	return { posts, assets: [...assets].map(([path, source]) => ({ source, path })), errors };
}
