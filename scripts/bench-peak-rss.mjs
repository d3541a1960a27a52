// Preloaded (`--import`) into the commands the benches time: writes the process's peak resident
// memory (KB) on exit to the file the bench names.
import { writeFileSync } from "fs";

const file = process.env.LEARNING_LOG_BENCH_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
