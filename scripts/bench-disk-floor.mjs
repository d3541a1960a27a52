// `node scripts/bench-disk-floor.mjs VAULT SITE LIST`: the disk work a publish cannot skip, with no
// conversion at all. It lists the vault and reads every note (links and embeds need them all), then
// writes each published note and attachment (LIST: a JSON `{ notes, attachments }` of vault paths)
// once into a staging folder and renames it into the site, as a publish that never leaves a
// half-written post must. The publish bench times it as a process, start-up included, so the
// publish's figure splits into what the disk costs and what the conversion adds.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { basename, join } from "path";

const [vault, site, listFile] = process.argv.slice(2);
const { notes, attachments } = JSON.parse(readFileSync(listFile, "utf8"));

const texts = new Map();
const readNotes = (folder, prefix) => {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const relative = prefix + entry.name;
		if (entry.isDirectory()) readNotes(join(folder, entry.name), `${relative}/`);
		else if (entry.name.endsWith(".md")) texts.set(relative, readFileSync(join(folder, entry.name), "utf8"));
	}
};
readNotes(vault, "");

const staging = join(site, ".staging");
mkdirSync(staging, { recursive: true });
const moves = [];
const stage = (content, destination) => {
	const staged = join(staging, String(moves.length));
	writeFileSync(staged, content);
	moves.push([staged, destination]);
};
mkdirSync(join(site, "_posts"), { recursive: true });
mkdirSync(join(site, "assets/img"), { recursive: true });
notes.forEach((note, i) => stage(texts.get(note), join(site, "_posts", `${i}.md`)));
for (const attachment of attachments) stage(readFileSync(join(vault, attachment)), join(site, "assets/img", basename(attachment)));
for (const [staged, destination] of moves) renameSync(staged, destination);
rmSync(staging, { recursive: true });
