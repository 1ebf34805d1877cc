/** The JSON Schema of the policy file, generated from the zod schema the validator uses. */
import * as z from 'zod/mini';
import { PolicySchema } from './schema.js';

/**
 * The schema's `$id`: where the committed file is published, the URL the docs put in the
 * `# yaml-language-server: $schema=` line (your-org and v1 stand for the repository and tag the
 * workflow's `uses:` names).
 */
export const SCHEMA_ID = 'https://raw.githubusercontent.com/your-org/inbound-guard/v1/schema/inbound-guard.schema.json';

/** Keywords beyond JSON Schema that VS Code and yaml-language-server read (validators ignore them). */
export const EDITOR_KEYWORDS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'errorMessage', 'patternErrorMessage'] as const;

/**
 * Draft-07, because editors (yaml-language-server, VS Code) support it best; the schema uses
 * nothing a later draft would say differently. Describes the file as written (`io: 'input'`):
 * keys with defaults are optional and carry `default`. Every description is written once, in the
 * zod schema, with `code` in backticks: it becomes `markdownDescription` as written and a plain
 * `description` without the backticks.
 */
export function policyJsonSchema(): object {
  const { $schema, ...rest } = z.toJSONSchema(PolicySchema, { target: 'draft-07', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  return { $schema, $id: SCHEMA_ID, ...(withMarkdown(rest) as Record<string, unknown>) };
}

/** Keys whose value is a map of names to schemas, not a schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
/** Keys whose value is data, never a schema. */
const DATA = new Set(['default', 'examples', 'enum', 'const', 'required', ...EDITOR_KEYWORDS]);

function withMarkdown(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withMarkdown);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DATA.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, withMarkdown(child)]));
    else out[key] = withMarkdown(value);
  }
  if (typeof out['description'] === 'string' && out['markdownDescription'] === undefined) {
    out['markdownDescription'] = out['description'];
    out['description'] = out['description'].replace(/`/g, '');
  }
  return out;
}
