// `npm run bench -- team`: "Update today's topics" and "New week review" on a generated 5,000-note
// vault, next to reading every note of the day folder once (measured in the same run): both
// commands must find the day notes, so that read is the floor. Also the moderator of the last day
// of a three-year course, replayed day by day with absences.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { generateVault } from "../tests/e2e/generate-vault";
import { NodeNoteStore } from "../src/node/node-note-store";
import { parseAbsences } from "../src/team/absences";
import { bootcampDayRule } from "../src/team/bootcamp-day";
import { moderatorFor } from "../src/team/rotation";
import { defaultSettings } from "../src/settings/settings";
import { updateDayTopics } from "../src/team/update-topics";
import { createWeekReview } from "../src/team/week-review-service";
import { weekReviewLabels } from "../src/team/week-review-labels";
import { addDays } from "../src/daily/local-date";

const NOTES = 5000;
const ROUNDS = 5;
const print = (line: string) => process.stdout.write(`${line}\n`);

async function best(work: () => Promise<unknown>): Promise<number> {
	let fastest = Infinity;
	for (let round = 0; round < ROUNDS; round++) {
		(globalThis as { gc?: () => void }).gc?.();
		const start = process.hrtime.bigint();
		await work();
		fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
	}
	return fastest;
}

async function main(): Promise<void> {
	const root = mkdtempSync(path.join(tmpdir(), "learning-log-team-bench-"));
	try {
		const vault = path.join(root, "vault");
		generateVault(vault, NOTES);
		const store = new NodeNoteStore(vault);
		const settings = defaultSettings();
		settings.daily.courseStartDate = "2021-08-02";
		settings.team.members = ["김민수", "이지은", "박서준", "최유진", "정하늘"];
		const dayNotes = (await store.listFiles()).filter((file) => file.path.startsWith("daily/"));
		const lastDay = dayNotes.map((file) => path.basename(file.path, ".md")).sort().at(-1)!;

		const baseline = await best(async () => {
			for (const file of await store.listFiles()) if (file.path.startsWith("daily/")) await store.read(file.path);
		});
		const topics = await best(() => updateDayTopics(store, settings, lastDay));
		let week = 0;
		const review = await best(async () => {
			week++;
			settings.team.weekReviewFileName = `bench ${week} {{week}}`; // a new note each round
			await createWeekReview(store, settings, weekReviewLabels(settings.daily, "ko"), new Date(), lastDay);
		});
		print(`vault: ${NOTES} notes, ${dayNotes.length} day notes; best of ${ROUNDS} rounds`);
		print(`read the day folder (baseline): ${baseline.toFixed(1)} ms`);
		print(`update-topics: ${topics.toFixed(1)} ms (${(topics / baseline).toFixed(2)}× the baseline)`);
		print(`new-week: ${review.toFixed(1)} ms (${(review / baseline).toFixed(2)}× the baseline)`);

		const start = "2021-08-02";
		const end = addDays(start, 3 * 365);
		const absences = parseAbsences(Array.from({ length: 300 }, (_, i) => `${addDays(start, i * 3)}:${settings.team.members[i % 5]}`));
		const isBootcampDay = bootcampDayRule({ dayCounting: "weekdays", holidays: [] });
		const walk = await best(async () => {
			let count = 0;
			for (let day = start; day <= end; day = addDays(day, 1)) if (isBootcampDay(day)) count++;
			return count;
		});
		const rotation = await best(async () =>
			moderatorFor(end, { members: settings.team.members, startDate: start, absences: absences.calendar, absenceSkipsTurn: false, isBootcampDay }),
		);
		print(`walk three years of days (baseline): ${walk.toFixed(2)} ms`);
		print(`moderator after three years with 300 absences: ${rotation.toFixed(2)} ms (${(rotation / walk).toFixed(2)}× the baseline)`);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

void main();
