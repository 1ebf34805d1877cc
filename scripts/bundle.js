// npm run bundle (after tsc wrote lib/): dist/ and its third-party notice, dist/licenses.txt.
import { join } from 'node:path';
import { bundle, ROOT } from './lib/bundle.js';

const packages = bundle(join(ROOT, 'dist'));
console.log(`wrote dist/licenses.txt: ${packages.length} bundled packages`);
