import { unknownAbsentNames } from "../../../src/settings/checks/absences-check";
import { checkRepository } from "../../../src/settings/checks/repository-check";
import { checkSiteFolder, checkSiteSubfolder, isAbsolutePath, type PathKind } from "../../../src/settings/checks/site-folder-check";

describe("repository", () => {
	test.each([
		["https://github.com/boostcamp/til", "boostcamp/til"],
		["https://github.com/boostcamp/til.git", "boostcamp/til"],
		["https://github.com/boostcamp/til/", "boostcamp/til"],
		["github.com/boostcamp/my.github.io", "boostcamp/my.github.io"],
		["git@github.com:boostcamp/til.git", "boostcamp/til"],
		["  https://www.github.com/Boost-Camp/til_2021?tab=readme  ", "Boost-Camp/til_2021"],
	])("a pasted address %s becomes owner/name", (text, value) => {
		expect(checkRepository(text)).toEqual({ ok: true, value, converted: true });
	});

	test("owner/name is kept as typed, empty means not set up yet", () => {
		expect(checkRepository("me/me.github.io")).toEqual({ ok: true, value: "me/me.github.io", converted: false });
		expect(checkRepository("  ")).toEqual({ ok: true, value: "", converted: false });
	});

	test.each(["me", "me/", "/til", "me/til/extra", "-me/til", "me/..", "me/t il", "https://gitlab.com/me/til", "https://github.com/me"])("%s is refused", (text) => {
		expect(checkRepository(text)).toEqual({ ok: false });
	});
});

describe("site folder", () => {
	const disk: Record<string, PathKind> = { "/home/me/blog": "folder", "/home/me/notes.txt": "file", "C:\\blog": "folder" };
	const kindOf = (path: string) => Promise.resolve(disk[path] ?? null);

	test("an existing folder given by its full path passes; empty is allowed", async () => {
		expect(await checkSiteFolder("/home/me/blog", kindOf)).toEqual({ ok: true });
		expect(await checkSiteFolder(" C:\\blog ", kindOf)).toEqual({ ok: true });
		expect(await checkSiteFolder("", kindOf)).toEqual({ ok: true });
	});

	test("relative, missing and file paths are refused with the reason", async () => {
		expect(await checkSiteFolder("blog", kindOf)).toEqual({ ok: false, problem: "notAbsolute" });
		expect(await checkSiteFolder("~/blog", kindOf)).toEqual({ ok: false, problem: "notAbsolute" });
		expect(await checkSiteFolder("/home/me/missing", kindOf)).toEqual({ ok: false, problem: "missing" });
		expect(await checkSiteFolder("/home/me/notes.txt", kindOf)).toEqual({ ok: false, problem: "notFolder" });
	});

	test("without a readable disk (mobile) only the form is checked", async () => {
		expect(await checkSiteFolder("/home/me/missing", null)).toEqual({ ok: true });
		expect(await checkSiteFolder("blog", null)).toEqual({ ok: false, problem: "notAbsolute" });
	});

	test("absolute paths on every desktop system", () => {
		expect(["/a", "C:\\a", "d:/a", "\\\\server\\share"].map(isAbsolutePath)).toEqual([true, true, true, true]);
		expect(["a", "./a", "C:a"].map(isAbsolutePath)).toEqual([false, false, false]);
	});
});

describe("posts and images folders", () => {
	test("stay inside the site", () => {
		expect(checkSiteSubfolder("_posts")).toBe("_posts");
		expect(checkSiteSubfolder(" ./assets\\img/ ")).toBe("assets/img");
		expect(["", "/", "../_posts", "assets/../../x", "/home/me/_posts", "C:\\posts", "C:posts"].map(checkSiteSubfolder)).toEqual([
			null, null, null, null, null, null, null,
		]);
	});
});

describe("team absences", () => {
	test("names that are not members are reported once, whatever spaces or Unicode form they were typed in", () => {
		const members = ["김민수", "이지은"];
		const absences = ["2021-08-11:김민수", "2021-08-12: 이지은 ", "2021-08-12:김민슈", "2021-08-13:김민슈", "2021-08-13:Park", "not an entry"];
		expect(unknownAbsentNames(absences, members)).toEqual(["김민슈", "Park"]);
		expect(unknownAbsentNames(["2021-08-11:\u1100\u1175\u11B7\u1106\u1175\u11AB\u1109\u116E"], members)).toEqual([]);
	});
});

describe("the site folder may not overlap the vault", () => {
	test("the vault itself, a folder inside it, or a folder holding it is refused before the disk is asked", async () => {
		const asked: string[] = [];
		const kindOf = (path: string): Promise<PathKind> => {
			asked.push(path);
			return Promise.resolve("folder");
		};
		for (const site of ["/home/me/vault", "/home/me/vault/blog", "/home/me", "/HOME/me/Vault/"]) {
			expect(await checkSiteFolder(site, kindOf, "/home/me/vault")).toEqual({ ok: false, problem: "overlapsVault" });
		}
		expect(asked).toEqual([]);
		expect(await checkSiteFolder("/home/me/vault-blog", kindOf, "/home/me/vault")).toEqual({ ok: true });
		expect(await checkSiteFolder("C:\\Users\\me\\vault\\site", kindOf, "C:\\Users\\me\\vault")).toEqual({ ok: false, problem: "overlapsVault" });
	});
});
