import { setFlagsFromString } from 'node:v8';
import { run } from './main.js';

// Keep V8's young generation at its starting size instead of letting it double under the stream of
// short-lived pages a long listing allocates: peak RSS then stays flat from 100k to millions of
// certificates (npm run bench measures it). Read by V8 each time it would grow the young generation,
// so setting it here, before any sweep, takes effect; the runner gives no way to pass node flags.
setFlagsFromString('--semi-space-growth-factor=1');

await run();
