// Preloaded with NODE_OPTIONS=--import into a dist/index.js process by test/dist-cold-start.test.ts:
// appends the URL of every ES module the process loads (the entry and every chunk it imports) to
// the file named by INBOUND_GUARD_TEST_MODULES_FILE, and at exit one `builtin:<name>` line per
// Node built-in module loaded after this preload (node:crypto as `builtin:crypto`), and one
// `builtin-after-flags:<name>` line per built-in loaded while a V8 flag the action changed
// (v8.setFlagsFromString) was away from its default: V8 compiles those from source, without their
// code cache. `flags-changed` and `flags-restored` say that the action did each.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.INBOUND_GUARD_TEST_MODULES_FILE;
if (file) {
  const before = new Set(process.moduleLoadList);
  /** How many modules were loaded when a V8 flag was first changed, and when it was set back. */
  let loadedAtFlags;
  let loadedAtRestore;
  const names = (list, prefix) => list.filter((m) => m.startsWith('NativeModule ')).map((m) => `${prefix}:${m.slice('NativeModule '.length)}\n`);
  process.on('exit', () => {
    appendFileSync(file, names(process.moduleLoadList.filter((m) => !before.has(m)), 'builtin').join(''));
    if (loadedAtFlags !== undefined) appendFileSync(file, names(process.moduleLoadList.slice(loadedAtFlags, loadedAtRestore), 'builtin-after-flags').join('') + 'flags-changed\n');
    if (loadedAtRestore !== undefined) appendFileSync(file, 'flags-restored\n');
  });
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(file, `${url}\n`);
      // node:v8 is patched as the action first loads it (loading it here would hide that load).
      if (url === 'node:v8' && loadedAtFlags === undefined) {
        const v8 = process.getBuiltinModule('node:v8');
        const setFlags = v8.setFlagsFromString;
        // The one flag the action sets; its default is 2 (node --v8-options).
        v8.setFlagsFromString = (flags) => {
          if (flags === '--semi-space-growth-factor=2') loadedAtRestore = process.moduleLoadList.length;
          else loadedAtFlags ??= process.moduleLoadList.length;
          return setFlags.call(v8, flags);
        };
      }
      return nextLoad(url, context);
    },
  });
}
