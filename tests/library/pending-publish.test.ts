import { countPendingChanges } from "../../src/library/pending-publish";
import { publishStateSource } from "../../src/library/publish-state";

const manifest = (notes: Record<string, number>) => ({
	version: 1,
	sites: { "github:x": { notes: Object.fromEntries(Object.entries(notes).map(([path, mtime]) => [path, { post: `_posts/${path}`, hash: "h", assets: [], sourceMtime: mtime }])), sharedAssets: [] } },
});

describe("notes changed since the last publish", () => {
	test("marked and new, marked and edited, unmarked or deleted after publishing; not the unchanged, private or template", () => {
		const states = publishStateSource(manifest({ "a.md": 1000, "b.md": 1000, "c.md": 1000, "gone.md": 1000 }));
		const notes = [
			{ path: "a.md", publish: true, mtime: 1000 }, // unchanged
			{ path: "b.md", publish: true, mtime: 90_000 }, // edited
			{ path: "c.md", publish: false, mtime: 1000 }, // unmarked: its post comes down
			{ path: "new.md", publish: true, mtime: 5 }, // never published
			{ path: "blog/in-folder.md", publish: null, mtime: 5 }, // in a published folder
			{ path: "blog/private.md", publish: false, mtime: 5 },
			{ path: "draft.md", publish: null, mtime: 5 },
			{ path: "templates/day.md", publish: true, mtime: 5 },
		];
		const options = { publishedFolders: ["blog"], excluded: ["templates/day.md"], publishedPaths: ["a.md", "b.md", "c.md", "gone.md"] };
		expect(countPendingChanges(notes, states, options)).toBe(5); // b, c, new, blog/in-folder, gone
		expect(countPendingChanges(notes.slice(0, 1), states, { ...options, publishedPaths: ["a.md"] })).toBe(0);
	});
});
