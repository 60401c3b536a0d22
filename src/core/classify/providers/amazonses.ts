import type { ProviderTable } from './provider.ts';

/**
 * Amazon SES writes its own refusals of the sender's account (sending quotas, identities, IAM
 * permissions) in words no one else uses, so these rows apply whatever host is known.
 */
export const AMAZONSES: ProviderTable = {
  id: 'amazonses',
  providers: ['amazonses'],
  hosts: ['.amazonses.com', '.amazonaws.com'],
  anywhere: true,
  rows: [
    {
      phrase: 'throttling failure: daily message quota exceeded',
      reason: 'toomanyconn',
      seen: 'Amazon SES: the account reached its 24-hour sending quota',
    },
    {
      phrase: 'throttling failure: maximum sending rate exceeded',
      reason: 'toomanyconn',
      seen: 'Amazon SES: the account sends faster than its rate',
    },
    {
      phrase: 'account not subscribed to ses',
      reason: 'securityerror',
      seen: 'Amazon SES: the AWS account is not signed up for SES',
    },
    {
      phrase: 'is not authorized to perform ses:sendrawemail',
      reason: 'securityerror',
      seen: 'Amazon SES: the IAM user may not send',
    },
  ],
};
