// Loaded with `node --import` into the action's process by the benchmark: on exit, writes the
// process's peak resident set size (KiB) and CPU time (user + system, microseconds) as JSON to the
// file named by INBOUND_GUARD_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.INBOUND_GUARD_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
  });
}
