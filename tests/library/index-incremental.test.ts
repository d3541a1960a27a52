import fc from "fast-check";
import { LibraryIndex } from "../../src/library/library-index";
import { childrenInOrder, notesInOrder, type GroupNode } from "../../src/library/group-tree";
import { extractNoteFacts, type NoteFacts } from "../../src/library/note-facts";
import { GROUPING_MODES } from "../../src/library/group-keys";
import { createNoteRowCache, flattenTree, type NoteRowCache } from "../../src/library/flatten-tree";
import type { SortOrder } from "../../src/library/library-settings";
import { ISO_WEEKS } from "../../src/library/weeks";
import { parseFilter } from "../../src/library/note-filter";

/** The rows a view shows, through a row cache that lives across updates (as the view's does). */
function rows(index: LibraryIndex, cache: NoteRowCache): string[] {
	return flattenTree(index, { collapsed: new Set(), filter: null, cache }).map((row) => `${row.kind === "group" ? `${row.id}:${row.count}` : row.id} ${row.position}/${row.siblings}`);
}

/** Everything a view can see of an index: groups in order with counts, notes in order, day counts. */
function snapshot(index: LibraryIndex): unknown {
	const walk = (node: GroupNode): unknown => ({
		id: node.id,
		label: node.label,
		count: node.count,
		notes: notesInOrder(node, index.noteComparator),
		groups: childrenInOrder(node, index.groupComparator).map(walk),
	});
	return { tree: walk(index.tree), days: [...index.notesPerDay()].sort(), size: index.size };
}

const names = ["a", "b", "c", "d", "e", "f"];
const categoryArb = fc.constantFrom("DL", "DL/CNN", "Computer Science", "boostcourse", "PyTorch");
const tagArb = fc.constantFrom("ai", "ai/vision", "ai/nlp", "boostcamp", "학습기록", "draft");
const dayArb = fc.constantFrom("2020-12-31", "2021-01-01", "2021-01-03", "2021-08-09", "2021-08-10", "2024-12-30");

const factsArb = (path: string) =>
	fc
		.record({
			title: fc.option(fc.constantFrom("가방", "나비", "Zebra", "same"), { nil: undefined }),
			categories: fc.oneof(fc.array(categoryArb, { maxLength: 2 }), categoryArb),
			tags: fc.array(tagArb, { maxLength: 3 }),
			inline: fc.array(tagArb, { maxLength: 2 }),
			date: fc.option(dayArb, { nil: undefined }),
			hour: fc.integer({ min: 0, max: 23 }),
			mtime: fc.integer({ min: 0, max: 5 }),
		})
		.map(
			(r): NoteFacts =>
				extractNoteFacts({
					path,
					frontMatter: { title: r.title, categories: r.categories, tags: r.tags, date: r.date ? `${r.date} ${String(r.hour).padStart(2, "0")}:00:00 +0900` : undefined },
					inlineTags: r.inline.map((t) => `#${t}`),
					ctime: Date.UTC(2021, 7, 1 + r.hour),
					mtime: r.mtime,
				}),
		);

const pathArb = fc.constantFrom(...names.map((n) => `notes/${n}.md`), "daily/2021-08-10.md");

type Op =
	| { kind: "upsert"; facts: NoteFacts }
	| { kind: "delete"; path: string }
	| { kind: "rename"; from: string; facts: NoteFacts }
	| { kind: "sort"; sort: SortOrder }
	| { kind: "observe" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 4, arbitrary: pathArb.chain((path) => factsArb(path)).map((facts) => ({ kind: "upsert" as const, facts })) },
	{ weight: 2, arbitrary: pathArb.map((path) => ({ kind: "delete" as const, path })) },
	{
		weight: 2,
		arbitrary: fc.tuple(pathArb, pathArb).chain(([from, to]) => factsArb(to).map((facts) => ({ kind: "rename" as const, from, facts }))),
	},
	{ weight: 1, arbitrary: fc.constantFrom<SortOrder>("date-desc", "date-asc", "title").map((sort) => ({ kind: "sort" as const, sort })) },
	{ weight: 2, arbitrary: fc.constant({ kind: "observe" as const }) },
);

describe("incremental index", () => {
	test.each(GROUPING_MODES.map((mode) => [mode]))("equals a full rebuild after any sequence of events (%s)", (mode) => {
		fc.assert(
			fc.property(fc.array(factsArb("notes/a.md"), { maxLength: 3 }), fc.array(opArb, { maxLength: 40 }), (initial, ops) => {
				const index = new LibraryIndex({ mode, weekRule: ISO_WEEKS }, initial);
				const cache = createNoteRowCache();
				const vault = new Map(initial.map((f) => [f.path, f]));
				let sort: SortOrder = "date-desc";
				for (const op of ops) {
					if (op.kind === "upsert") {
						index.upsert(op.facts);
						vault.set(op.facts.path, op.facts);
					} else if (op.kind === "delete") {
						index.remove(op.path);
						vault.delete(op.path);
					} else if (op.kind === "rename") {
						// Obsidian only renames an existing file onto a free path.
						if (!vault.has(op.from) || vault.has(op.facts.path)) continue;
						index.rename(op.from, op.facts);
						vault.delete(op.from);
						vault.set(op.facts.path, op.facts);
					} else if (op.kind === "sort") {
						index.setSort(op.sort);
						sort = op.sort;
					} else {
						snapshot(index); // fills the sorted caches, which later updates must keep right
						rows(index, cache);
					}
				}
				const rebuilt = new LibraryIndex({ mode, sort, weekRule: ISO_WEEKS }, vault.values());
				expect(snapshot(index)).toEqual(snapshot(rebuilt));
				expect(rows(index, cache)).toEqual(rows(rebuilt, createNoteRowCache()));
			}),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
		);
	});

	test.each(GROUPING_MODES.map((mode) => [mode]))("every group counts each note under it once, with and without a filter (%s)", (mode) => {
		/** The notes listed anywhere below a group, found the slow way: a walk of its whole subtree. */
		const notesUnder = (node: GroupNode, into = new Set<string>()): Set<string> => {
			node.direct.forEach((path) => into.add(path));
			node.children.forEach((child) => notesUnder(child, into));
			return into;
		};
		const groupsById = (node: GroupNode, into = new Map<string, GroupNode>()): Map<string, GroupNode> => {
			node.children.forEach((child) => groupsById(child, into.set(child.id, child)));
			return into;
		};
		fc.assert(
			fc.property(fc.uniqueArray(pathArb, { minLength: 1 }).chain((paths) => fc.tuple(...paths.map(factsArb))), fc.constantFrom("#ai", "#boostcamp", "category:dl", "a"), (notes, query) => {
				const index = new LibraryIndex({ mode, weekRule: ISO_WEEKS }, notes);
				const groups = groupsById(index.tree);
				const filter = parseFilter(query)!;
				const matching = new Set(flattenTree(index, { collapsed: new Set(), filter }).flatMap((row) => (row.kind === "note" ? [row.path] : [])));
				for (const row of flattenTree(index, { collapsed: new Set(), filter: null })) {
					if (row.kind === "group") expect(row.count).toBe(notesUnder(groups.get(row.id)!).size);
				}
				for (const row of flattenTree(index, { collapsed: new Set(), filter })) {
					if (row.kind === "group") expect(row.count).toBe([...notesUnder(groups.get(row.id)!)].filter((path) => matching.has(path)).length);
				}
			}),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
		);
	});

	test("an update reports what changed, and nothing when the facts are the same", () => {
		const facts = extractNoteFacts({ path: "x.md", frontMatter: { tags: ["a"] }, inlineTags: [], ctime: 0, mtime: 1 });
		const index = new LibraryIndex({ mode: "tag" });
		expect(index.upsert(facts)).toEqual({ notes: ["x.md"], changed: true });
		const version = index.version;
		expect(index.upsert({ ...facts, tags: ["a"] })).toEqual({ notes: [], changed: false });
		expect(index.version).toBe(version);
		expect(index.remove("missing.md").changed).toBe(false);
		expect(index.rename("x.md", { ...facts, path: "y.md" }).notes).toEqual(["x.md", "y.md"]);
		expect(index.tree.children.get("t:a")?.count).toBe(1);
		index.remove("y.md");
		expect(index.tree.children.size).toBe(0);
	});

	test("a new sort or the same week rule keeps the groups; a new mode or week rule regroups", () => {
		const facts = extractNoteFacts({ path: "x.md", frontMatter: { date: "2021-01-01" }, inlineTags: [], ctime: 0, mtime: 1 });
		const index = new LibraryIndex({ mode: "date", weekRule: ISO_WEEKS }, [facts]);
		const tree = index.tree;
		index.setSort("title");
		index.setGrouping("date", { weekStartsOn: 1, firstWeekContainsDate: 4 });
		expect(index.tree).toBe(tree);
		index.setGrouping("date", { weekStartsOn: 0, firstWeekContainsDate: 1 });
		expect(index.tree).not.toBe(tree);
		expect([...index.tree.children.values()][0].children.get("m1")?.children.has("w2021-1")).toBe(true);
	});
});
