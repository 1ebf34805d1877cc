// Writes schema/inbound-guard.schema.json from the compiled zod schema (run after `tsc`).
// The file is committed so editors can fetch it; test/policy-schema.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { policyJsonSchema } from '../lib/policy/json-schema.js';

const target = fileURLToPath(new URL('../schema/inbound-guard.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
