import type { KindWrite } from '../../../kinds/kind.js';
import type { AwsClients } from '../../clients.js';
import type { SecurityInvitation } from '../../security/security-invitation.js';

/** What listing in one region found: the invitations, or that the service is not in use there (and why). */
export type Listed = { readonly invitations: SecurityInvitation[] } | { readonly notInUse: string };

/** One security service's two calls, with its own client: list the invitations in a region, make the write. */
export interface SecurityServiceCalls {
  list(clients: AwsClients, region: string): Promise<Listed>;
  write(clients: AwsClients, write: KindWrite): Promise<void>;
}
