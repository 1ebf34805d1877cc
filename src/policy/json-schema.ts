/** The JSON Schema of the policy file, generated from the zod schema the validator uses. */
import * as z from 'zod';
import { PolicySchema } from './schema.js';

/**
 * Draft-07, because editors (yaml-language-server, VS Code) support it best; the schema uses
 * nothing a later draft would say differently. Describes the file as written (`io: 'input'`):
 * keys with defaults are optional and carry `default`.
 */
export function policyJsonSchema(): object {
  return z.toJSONSchema(PolicySchema, { target: 'draft-07', io: 'input', unrepresentable: 'throw' });
}
