// Module hooks (they run on the loader thread): record each module as it is loaded.
import { appendFileSync } from 'node:fs';

const file = process.env.INBOUND_GUARD_MODULES_FILE;

export async function load(url, context, nextLoad) {
  if (file) appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}
