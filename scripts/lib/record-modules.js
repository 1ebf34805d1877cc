// node --import ./scripts/lib/record-modules.js dist/index.js: appends the URL of every ES module the
// process loads (the bundle's chunks included) to the file INBOUND_GUARD_MODULES_FILE names, one a
// line. Used by scripts/cold-start.js and the test that checks which SDK clients a run loads.
import { register } from 'node:module';

if (process.env.INBOUND_GUARD_MODULES_FILE) register('./record-modules-hooks.js', import.meta.url);
