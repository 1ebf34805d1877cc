// Preloaded with NODE_OPTIONS=--import into a dist/index.js process by test/dist-cold-start.test.ts:
// appends the URL of every ES module the process loads (the entry and every chunk it imports) to
// the file named by INBOUND_GUARD_TEST_MODULES_FILE, and at exit one `builtin:<name>` line per
// Node built-in module loaded after this preload (node:crypto as `builtin:crypto`).
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.INBOUND_GUARD_TEST_MODULES_FILE;
if (file) {
  const before = new Set(process.moduleLoadList);
  process.on('exit', () => {
    const builtins = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => `builtin:${m.slice('NativeModule '.length)}\n`);
    appendFileSync(file, builtins.join(''));
  });
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(file, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
