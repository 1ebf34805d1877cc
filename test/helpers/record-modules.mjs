// Preloaded with NODE_OPTIONS=--import into a dist/index.js process by test/dist-cold-start.test.ts:
// appends the URL of every ES module the process loads (the entry and every chunk it imports) to
// the file named by INBOUND_GUARD_TEST_MODULES_FILE.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.INBOUND_GUARD_TEST_MODULES_FILE;
if (file) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(file, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
