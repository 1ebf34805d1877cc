/** The values a policy gets for what it leaves out, and the limits on the file itself. */
import type { HandshakeType } from '../model/items.js';

/** The policy format versions this release understands. */
export const SUPPORTED_VERSIONS = [1] as const;

/** The action input that names the policy file. */
export const POLICY_FILE_INPUT = 'policy-file';

/** `iot.reject-reason` when the file does not set one. */
export const DEFAULT_REJECT_REASON = 'Transfer from {source-account} is not allowlisted by {policy-file}';

/**
 * `organizations.handshake-types` when the file does not set one: the two types that come from
 * outside one's organization. The other three come from one's own organization.
 */
export const DEFAULT_HANDSHAKE_TYPES: readonly HandshakeType[] = ['INVITE', 'TRANSFER_RESPONSIBILITY'];

/** Files larger than this are refused before parsing: a policy is a few KiB. */
export const MAX_POLICY_BYTES = 256 * 1024;

/** At most this many issues are reported (the last one says how many more there were). */
export const MAX_ISSUES = 50;

/** `limits.max-actions` bounds. */
export const MAX_ACTIONS_LIMIT = 1000;

/** How the policy's YAML is parsed: the core schema, no merge keys, every problem an error. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, schema: 'core', merge: false, strict: true, logLevel: 'error' } as const;
