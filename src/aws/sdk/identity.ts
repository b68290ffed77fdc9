import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { Identity } from '../edge.js';

export function sdkIdentity(sts: STSClient, region: () => Promise<string>): Identity {
  let account: Promise<{ id: string; partition: string }> | undefined;
  return {
    account() {
      account ??= sts.send(new GetCallerIdentityCommand({})).then((identity) => ({
        id: identity.Account ?? '',
        partition: (identity.Arn ?? '').split(':')[1] || 'aws',
      }));
      // A failed lookup is not remembered: the next caller asks again.
      account.catch(() => (account = undefined));
      return account;
    },
    region,
  };
}
