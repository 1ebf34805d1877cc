// node scripts/profile-summary.js FILE.cpuprofile [N] [--inclusive]: where a run of dist/index.js
// spent its CPU time, from a V8 CPU profile (npm run bench -- --cpu-prof DIR writes them): self time
// per source, then the N (default 20) functions with the most self time; idle and GC time included.
// --inclusive adds the N functions with the most total time (their own and their callees', each
// sample counted once per function however deep it recurses; for an async function, only while
// its own frame was on the stack). A source is a Node built-in, a file outside dist/ (e.g. the
// emulator's, when profiling the bench process itself), or a module of dist/ named by ncc's
// CONCATENATED MODULE marker or else by the first package or lib/ path its text mentions
// (approximate: webpack does not label CommonJS modules).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const inclusive = args.includes('--inclusive');
const [file, count = '20'] = args.filter((a) => a !== '--inclusive');
if (!file) {
  console.error('usage: node scripts/profile-summary.js FILE.cpuprofile [N] [--inclusive]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

/** Per bundle file: the first line of each module (or concatenated module) and the source it came from. */
const modulesOf = new Map();
function sourceAt(url, line) {
  if (!url.startsWith('file:') || !url.includes('/dist/')) return url || '(native)';
  const path = new URL(url).pathname;
  if (!modulesOf.has(path)) {
    const starts = [];
    readFileSync(path, 'utf8').split('\n').forEach((text, index) => {
      const concatenated = /CONCATENATED MODULE: (\S+)/.exec(text);
      if (/^\/\*\*\*\/ \d+:/.test(text) || concatenated) starts.push({ index, source: concatenated?.[1] ?? '' });
      const named = starts.at(-1);
      const source = /(@aws-sdk\/[\w-]+|@smithy\/[\w-]+|node_modules\/[\w@.-]+(?:\/[\w.-]+)?|lib\/[\w/.-]+)/.exec(text);
      if (named && named.source === '' && source) named.source = source[1];
    });
    modulesOf.set(path, starts);
  }
  const module = modulesOf.get(path).findLast((m) => m.index <= line);
  return `${basename(path)} ${module?.source || '(bundle runtime)'}`;
}

const bySource = new Map();
const byFunction = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const { callFrame } = nodes.get(id);
  const spent = profile.timeDeltas[i] ?? 0;
  const source = sourceAt(callFrame.url, callFrame.lineNumber);
  const name = `${callFrame.functionName || '(anonymous)'} — ${source}`;
  bySource.set(source, (bySource.get(source) ?? 0) + spent);
  byFunction.set(name, (byFunction.get(name) ?? 0) + spent);
  total += spent;
});
const rows = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(count))
    .map(([what, micros]) => `${(micros / 1000).toFixed(0).padStart(7)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${what}`)
    .join('\n');
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n\nself time by source:\n${rows(bySource)}\n\nself time by function:\n${rows(byFunction)}`);

if (inclusive) {
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byFrame = new Map();
  profile.samples.forEach((id, i) => {
    const spent = profile.timeDeltas[i] ?? 0;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const { callFrame } = nodes.get(at);
      if (callFrame.functionName === '(root)') continue;
      const name = `${callFrame.functionName || '(anonymous)'} — ${sourceAt(callFrame.url, callFrame.lineNumber)}, line ${callFrame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      byFrame.set(name, (byFrame.get(name) ?? 0) + spent);
    }
  });
  console.log(`\ntotal time (self and callees) by function:\n${rows(byFrame)}`);
}
