// Loaded with `node --import` into the action's process by the benchmark: on exit, writes the
// process's peak resident set size (KiB) to the file named by INBOUND_GUARD_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.INBOUND_GUARD_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
