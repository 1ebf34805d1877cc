import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { isAccountId } from '../../model/sender.js';

/** Who the credentials are: the 12-digit account id and the caller's ARN (its partition names role ARNs). */
export interface CallerIdentity {
  readonly account: string;
  /** e.g. arn:aws:sts::111122223333:assumed-role/ci/session; '' when STS gave none. */
  readonly arn: string;
  /** aws, aws-cn, aws-us-gov …, from the ARN; `aws` when it cannot be read. */
  readonly partition: string;
}

export async function getCallerIdentity(sts: STSClient): Promise<CallerIdentity> {
  const { Account: account, Arn: arn } = await sts.send(new GetCallerIdentityCommand({}));
  if (!isAccountId(account)) {
    throw new Error(`STS GetCallerIdentity returned no usable account id (got ${JSON.stringify(account ?? null)}); check the credentials.`);
  }
  const partition = /^arn:(aws[a-z-]*):/.exec(arn ?? '')?.[1] ?? 'aws';
  return { account, arn: arn ?? '', partition };
}

/** The 12-digit id of the account the credentials belong to. */
export async function getCallerAccount(sts: STSClient): Promise<string> {
  return (await getCallerIdentity(sts)).account;
}
