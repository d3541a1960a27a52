/**
 * The GitHub repository setting, as people fill it in: `owner/name`, or the address they copy
 * from the browser or the clone button (`https://github.com/owner/name.git`, `git@github.com:…`).
 */
export type RepositoryCheck =
	| { ok: true; value: string; /** True when the text was an address and was read as owner/name. */ converted: boolean }
	| { ok: false };

// GitHub's rules: owners are letters, digits and single hyphens (not first); names add `.` and `_`.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
const ADDRESS = /^(?:(?:https?:\/\/)?(?:www\.)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([^/\s]+)\/([^/\s?#]+?)(?:\.git)?\/?(?:[?#].*)?$/i;

function valid(owner: string, name: string): boolean {
	return OWNER.test(owner) && NAME.test(name) && name !== "." && name !== ".." && !name.toLowerCase().endsWith(".git");
}

/** Empty is allowed (not set up yet); anything else must name one repository. */
export function checkRepository(text: string): RepositoryCheck {
	const trimmed = text.trim();
	if (trimmed === "") return { ok: true, value: "", converted: false };
	const address = ADDRESS.exec(trimmed);
	if (address) return valid(address[1], address[2]) ? { ok: true, value: `${address[1]}/${address[2]}`, converted: true } : { ok: false };
	const parts = trimmed.split("/");
	return parts.length === 2 && valid(parts[0], parts[1]) ? { ok: true, value: trimmed, converted: false } : { ok: false };
}
