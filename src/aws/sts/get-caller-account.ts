import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';

/** The 12-digit id of the account the credentials belong to. */
export async function getCallerAccount(sts: STSClient): Promise<string> {
  const { Account: account } = await sts.send(new GetCallerIdentityCommand({}));
  if (account === undefined || !/^\d{12}$/.test(account)) {
    throw new Error(`STS GetCallerIdentity returned no usable account id (got ${JSON.stringify(account ?? null)}); check the credentials.`);
  }
  return account;
}
