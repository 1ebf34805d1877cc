import type { Effects } from '../act/effects.js';
import type { AwsClients } from './clients.js';
import { loadAwsKind } from './kinds/index.js';

/**
 * The writes of an enforce run, against AWS, each made by its kind's AWS half with the clients of
 * the account it concerns (its role, as the sweep assumed it). Errors propagate as the SDK throws
 * them, or as clientsOf words a role it could not assume again.
 */
export function awsEffects(clientsOf: (account: string) => Promise<AwsClients> | undefined): Effects {
  return {
    write: async (write) => {
      const pending = clientsOf(write.account);
      if (pending === undefined) throw new Error(`No credentials for account ${write.account}: it was not read in this run, so nothing is written there.`);
      const clients = await pending;
      await (await loadAwsKind(write.kind)).write(clients, write);
    },
    endState: async (write) => {
      const clients = await clientsOf(write.account)?.catch(() => undefined);
      const kind = await loadAwsKind(write.kind);
      if (clients === undefined || kind.endState === undefined) return undefined;
      return kind.endState(clients, write).catch(() => undefined);
    },
  };
}
