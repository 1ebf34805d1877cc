import type { KindWrite } from '../../../kinds/kind.js';
import type { AwsClients } from '../../clients.js';
import { classifyAwsError } from '../../errors.js';
import type { SecurityInvitation } from '../../security/security-invitation.js';

/** What listing in one region found: the invitations, or that the service is not in use there (and why). */
export type Listed = { readonly invitations: SecurityInvitation[] } | { readonly notInUse: string };

/** One security service's two calls, with its own client: list the invitations in a region, make the write. */
export interface SecurityServiceCalls {
  list(clients: AwsClients, region: string): Promise<Listed>;
  write(clients: AwsClients, write: KindWrite): Promise<void>;
}

/**
 * How a service answers a region where it is not enabled, when that answer's error name is shared
 * with other causes (an IAM denial): the error `name` whose message `says` so, and the reason shown.
 */
export interface NotEnabledAnswer {
  readonly name: string;
  readonly says: RegExp;
  readonly reason: string;
}

/** The invitations `list` finds; the region not in use when it fails with `notEnabled`'s answer; any other error thrown. */
export async function listUnlessNotEnabled(list: () => Promise<SecurityInvitation[]>, notEnabled: NotEnabledAnswer): Promise<Listed> {
  try {
    return { invitations: await list() };
  } catch (err) {
    const { name, message } = classifyAwsError(err);
    if (name === notEnabled.name && notEnabled.says.test(message)) return { notInUse: notEnabled.reason };
    throw err;
  }
}
